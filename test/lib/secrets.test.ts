import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decryptSecret, encryptSecret, maskSecret } from "../../app/lib/secrets";

const key = randomBytes(32);

describe("secrets at rest", () => {
  it("round-trips and never contains the plaintext", () => {
    const stored = encryptSecret("sk_live_loop_12345", key);
    expect(stored).not.toContain("sk_live");
    expect(decryptSecret(stored, key)).toBe("sk_live_loop_12345");
    expect(encryptSecret("sk_live_loop_12345", key)).not.toBe(stored);
  });

  it("fails on a wrong key or a tampered value", () => {
    const stored = encryptSecret("secret", key);
    expect(() => decryptSecret(stored, randomBytes(32))).toThrow();
    const [v, iv, tag, ct] = stored.split(".");
    const flipped = Buffer.from(ct!, "base64url");
    flipped[0]! ^= 1;
    expect(() => decryptSecret([v, iv, tag, flipped.toString("base64url")].join("."), key)).toThrow();
    expect(() => decryptSecret("plain-text", key)).toThrow(/not an encrypted secret/);
  });

  it("shows at most the last four characters", () => {
    expect(maskSecret("sk_live_loop_12345")).toBe("••••2345");
    expect(maskSecret("abc")).toBe("••••");
  });
});
