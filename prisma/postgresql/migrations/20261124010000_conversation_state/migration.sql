-- AlterTable
ALTER TABLE "Conversation" ADD COLUMN     "language" TEXT,
ADD COLUMN     "state" TEXT NOT NULL DEFAULT '{}';

