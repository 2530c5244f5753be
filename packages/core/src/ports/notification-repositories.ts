import type { PostAlertKind } from '../learning/alert-rules';
import type { Page, Pagination } from '../shared/pagination';

/** What writing a notification takes. */
export interface NewNotification {
  organizationId: string;
  brandId: string | null;
  kind: string;
  title: string;
  body: string;
  /** Where in the web app it leads, e.g. `/posts/<id>`. */
  link: string | null;
  data: Record<string, unknown>;
  /** One notification per organization and key, ever: the alert rules run every sync pass. */
  dedupeKey: string;
}

/** One in-app notification of an organization (read state is shared by its members). */
export interface NotificationRecord extends NewNotification {
  id: string;
  readAt: Date | null;
  createdAt: Date;
}

export interface NotificationFilter {
  unread?: boolean;
  brandId?: string;
}

export interface NotificationsRepository {
  /** Inserts it, or nothing when the organization already has this dedupe key (then null). */
  insert(notification: NewNotification, now: Date): Promise<NotificationRecord | null>;
  /** Newest first. */
  list(organizationId: string, filter: NotificationFilter, pagination: Pagination): Promise<Page<NotificationRecord>>;
  countUnread(organizationId: string, filter: Pick<NotificationFilter, 'brandId'>): Promise<number>;
  /** Marks it read (keeping the first read time); null when the organization has no such notification. */
  markRead(organizationId: string, id: string, now: Date): Promise<NotificationRecord | null>;
  /** Marks every unread one read; answers how many changed. */
  markAllRead(organizationId: string, filter: Pick<NotificationFilter, 'brandId'>, now: Date): Promise<number>;
}

/** A published target's latest engagement, as the alert rules see it. */
export interface EngagementAlertTarget {
  targetId: string;
  organizationId: string;
  brandId: string;
  postId: string;
  platform: string;
  /** The post's text (for the notification's wording). */
  postText: string;
  publishedAt: Date;
  engagementRate: number | null;
  reward: number | null;
  viralAlertedAt: Date | null;
  poorAlertedAt: Date | null;
}

/** What evaluating engagement alerts reads from post_engagement and its snapshots, and marks. */
export interface EngagementAlertsRepository {
  /** The brands that exist among these ids, with their organization and name. */
  brands(brandIds: string[]): Promise<Array<{ id: string; organizationId: string; name: string }>>;
  /** The brand's targets published since `since`, oldest first. */
  recentTargets(brandId: string, since: Date): Promise<EngagementAlertTarget[]>;
  /**
   * The brand's interactions (likes + comments + shares) as of each instant: the latest snapshot
   * at or before it of every target published since `publishedSince`, summed. Null for an
   * instant before the brand's first snapshot (no data, which is not zero engagement).
   */
  interactionTotalsAt(brandId: string, instants: Date[], publishedSince: Date): Promise<Array<number | null>>;
  /** Sets the target's `<kind>_alerted_at` unless already set; false when it was (alerted before). */
  markAlerted(targetId: string, kind: PostAlertKind, at: Date): Promise<boolean>;
}
