import { useState } from 'react';
import type { Brand } from '../../api/schemas/brand.ts';
import type { Post } from '../../api/schemas/post.ts';
import type { SocialAccount } from '../../api/schemas/social-account.ts';
import { Panel } from '../../components/Panel.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { editableStatuses, schedulableStatuses } from './compose-rules.ts';
import { ComposeForm } from './ComposeForm.tsx';
import { LockedPost } from './LockedPost.tsx';
import { PostPreview } from './PostPreview.tsx';
import { PostStatusLine } from './PostStatusLine.tsx';
import { ScheduleControls } from './ScheduleControls.tsx';

interface ComposeEditorProps {
  initialPost: Post | undefined;
  initialNotice?: string | undefined;
  brands: Brand[];
  accounts: SocialAccount[];
  onCreated: (post: Post) => void;
}

/** One post from first words to scheduled: the form while editable, then when to publish. */
export function ComposeEditor({ initialPost, initialNotice, brands, accounts, onCreated }: ComposeEditorProps) {
  const [post, setPost] = useState(initialPost);
  const [notice, setNotice] = useState(initialNotice);
  const editable = !post || editableStatuses.includes(post.status);

  function changed(saved: Post, message?: string) {
    setPost(saved);
    if (message) setNotice(message);
  }

  return (
    <div className="space-y-6">
      {notice && <StatusMessage>{notice}</StatusMessage>}
      {post && <PostStatusLine post={post} />}
      {editable ? <ComposeForm post={post} brands={brands} accounts={accounts} onSaved={changed} onCreated={onCreated} /> : post && <LockedPost post={post} />}
      {post && (
        <Panel title="Preview" description="Exactly what each account will receive.">
          <PostPreview post={post} />
        </Panel>
      )}
      {post && schedulableStatuses.includes(post.status) && (
        <Panel title="Schedule" description="Choose when the post goes out to every account it is for.">
          <ScheduleControls post={post} accounts={accounts} onChanged={changed} />
        </Panel>
      )}
    </div>
  );
}
