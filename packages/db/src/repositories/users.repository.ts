import { eq, sql } from 'drizzle-orm';
import type { UsersRepository } from '@socialseed/core/ports/repositories';
import type { UserRecord } from '@socialseed/core/ports/entities';
import type { Executor } from '../client';
import { users } from '../schema/index';

function toRecord(row: typeof users.$inferSelect): UserRecord {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    passwordHash: row.passwordHash,
    emailVerifiedAt: row.emailVerifiedAt,
    createdAt: row.createdAt,
  };
}

export function createUsersRepository(db: Executor): UsersRepository {
  return {
    async findById(id) {
      const [row] = await db.select().from(users).where(eq(users.id, id));
      return row ? toRecord(row) : null;
    },
    async findByEmail(email) {
      const [row] = await db.select().from(users).where(sql`lower(${users.email}) = lower(${email})`);
      return row ? toRecord(row) : null;
    },
    async create(input) {
      const [row] = await db.insert(users).values(input).returning();
      if (!row) throw new Error('insert into users returned no row');
      return toRecord(row);
    },
    async update(id, patch) {
      const [row] = await db.update(users).set({ ...patch, updatedAt: new Date() }).where(eq(users.id, id)).returning();
      if (!row) throw new Error(`user ${id} vanished during update`);
      return toRecord(row);
    },
  };
}
