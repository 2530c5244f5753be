CREATE TABLE "brand_trend_scores" (
	"brand_id" uuid NOT NULL,
	"trend_id" uuid NOT NULL,
	"decision" text NOT NULL,
	"rank" integer NOT NULL,
	"final" double precision NOT NULL,
	"relevance" double precision NOT NULL,
	"opportunity" double precision NOT NULL,
	"format" double precision NOT NULL,
	"rl" double precision NOT NULL,
	"matched_pillar" text,
	"suggested_platform" text NOT NULL,
	"suggested_format" text NOT NULL,
	"reason" text NOT NULL,
	"scored_at" timestamp with time zone NOT NULL,
	CONSTRAINT "brand_trend_scores_brand_id_trend_id_pk" PRIMARY KEY("brand_id","trend_id")
);
--> statement-breakpoint
CREATE TABLE "image_hashes" (
	"url_key" text PRIMARY KEY NOT NULL,
	"hash" text,
	"fetched_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trend_dismissals" (
	"brand_id" uuid NOT NULL,
	"trend_id" uuid NOT NULL,
	"category" text NOT NULL,
	"user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "trend_dismissals_brand_id_trend_id_pk" PRIMARY KEY("brand_id","trend_id")
);
--> statement-breakpoint
CREATE TABLE "trend_members" (
	"organization_id" uuid NOT NULL,
	"trend_id" uuid NOT NULL,
	"source" text NOT NULL,
	"external_id" text NOT NULL,
	"title" text NOT NULL,
	"url" text,
	"url_key" text,
	"channel" text,
	"engagement" jsonb NOT NULL,
	"image_url" text,
	"published_at" timestamp with time zone NOT NULL,
	"first_seen_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	CONSTRAINT "trend_members_organization_id_source_external_id_pk" PRIMARY KEY("organization_id","source","external_id")
);
--> statement-breakpoint
CREATE TABLE "trend_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"status" text NOT NULL,
	"forced" boolean NOT NULL,
	"requested_by_user_id" uuid,
	"summary" jsonb,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trends" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"url" text,
	"image_url" text,
	"category" text NOT NULL,
	"sources" jsonb NOT NULL,
	"mentions" integer NOT NULL,
	"engagement" double precision,
	"engagement_per_hour" double precision,
	"acceleration" double precision,
	"momentum" double precision NOT NULL,
	"sentiment_label" text NOT NULL,
	"sentiment_score" double precision NOT NULL,
	"opportunity" double precision NOT NULL,
	"signature" text NOT NULL,
	"image_hashes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"embedding" text NOT NULL,
	"embedding_model" text NOT NULL,
	"history" jsonb NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"first_seen_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "brands" ADD COLUMN "trend_settings" jsonb;--> statement-breakpoint
ALTER TABLE "brand_trend_scores" ADD CONSTRAINT "brand_trend_scores_brand_id_brands_id_fk" FOREIGN KEY ("brand_id") REFERENCES "public"."brands"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brand_trend_scores" ADD CONSTRAINT "brand_trend_scores_trend_id_trends_id_fk" FOREIGN KEY ("trend_id") REFERENCES "public"."trends"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trend_dismissals" ADD CONSTRAINT "trend_dismissals_brand_id_brands_id_fk" FOREIGN KEY ("brand_id") REFERENCES "public"."brands"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trend_dismissals" ADD CONSTRAINT "trend_dismissals_trend_id_trends_id_fk" FOREIGN KEY ("trend_id") REFERENCES "public"."trends"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trend_dismissals" ADD CONSTRAINT "trend_dismissals_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trend_members" ADD CONSTRAINT "trend_members_trend_id_trends_id_fk" FOREIGN KEY ("trend_id") REFERENCES "public"."trends"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trend_runs" ADD CONSTRAINT "trend_runs_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trend_runs" ADD CONSTRAINT "trend_runs_requested_by_user_id_users_id_fk" FOREIGN KEY ("requested_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trends" ADD CONSTRAINT "trends_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "trend_members_url_idx" ON "trend_members" USING btree ("organization_id","url_key");--> statement-breakpoint
CREATE INDEX "trend_members_trend_idx" ON "trend_members" USING btree ("trend_id");--> statement-breakpoint
CREATE INDEX "trend_runs_org_idx" ON "trend_runs" USING btree ("organization_id","created_at");--> statement-breakpoint
CREATE INDEX "trends_org_seen_idx" ON "trends" USING btree ("organization_id","last_seen_at");--> statement-breakpoint
CREATE INDEX "trends_expires_idx" ON "trends" USING btree ("expires_at");--> statement-breakpoint
-- Base64-packed vectors do not compress: storing them uncompressed out of line saves PostgreSQL a futile compression attempt per row.
ALTER TABLE "trends" ALTER COLUMN "signature" SET STORAGE EXTERNAL;--> statement-breakpoint
ALTER TABLE "trends" ALTER COLUMN "embedding" SET STORAGE EXTERNAL;
