-- AlterTable
ALTER TABLE "Integration" ADD COLUMN "lastEvent" TEXT;
ALTER TABLE "Integration" ADD COLUMN "lastEventAt" DATETIME;

-- AlterTable
ALTER TABLE "AnalyticsEvent" ADD COLUMN "action" TEXT;
ALTER TABLE "AnalyticsEvent" ADD COLUMN "actionStatus" TEXT;

-- CreateTable
CREATE TABLE "AgentAction" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shop" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "customerId" TEXT,
    "skill" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "targetLabel" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "detail" TEXT NOT NULL DEFAULT '{}',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AgentAction_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "Conversation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ShopSettings" (
    "shop" TEXT NOT NULL PRIMARY KEY,
    "brandName" TEXT NOT NULL DEFAULT '',
    "brandSummary" TEXT NOT NULL DEFAULT '',
    "tone" TEXT NOT NULL DEFAULT 'friendly',
    "writingRules" TEXT NOT NULL DEFAULT '[]',
    "alwaysHandoffTopics" TEXT NOT NULL DEFAULT '[]',
    "handoffDestination" TEXT NOT NULL DEFAULT 'log',
    "handoffEmail" TEXT,
    "businessHours" TEXT NOT NULL DEFAULT '{}',
    "saveOffer" TEXT NOT NULL DEFAULT '{}',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_ShopSettings" ("alwaysHandoffTopics", "brandName", "brandSummary", "businessHours", "createdAt", "handoffDestination", "handoffEmail", "shop", "tone", "updatedAt", "writingRules") SELECT "alwaysHandoffTopics", "brandName", "brandSummary", "businessHours", "createdAt", "handoffDestination", "handoffEmail", "shop", "tone", "updatedAt", "writingRules" FROM "ShopSettings";
DROP TABLE "ShopSettings";
ALTER TABLE "new_ShopSettings" RENAME TO "ShopSettings";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "AgentAction_shop_createdAt_idx" ON "AgentAction"("shop", "createdAt");

-- CreateIndex
CREATE INDEX "AgentAction_conversationId_idx" ON "AgentAction"("conversationId");

