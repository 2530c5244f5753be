ALTER TABLE "sandbox_posts" ADD COLUMN "tone" text;--> statement-breakpoint
ALTER TABLE "sandbox_posts" ADD COLUMN "format" text;