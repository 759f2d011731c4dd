/**
 * The credentials each provider fake accepts. Public by design, like the demo store's access token: they open
 * nothing but the in-process fakes. The demo shop is seeded with Loop, Recharge and Smile connected; the others
 * can be connected from the Integrations page with these.
 */
export const DEMO_PROVIDER_CREDENTIALS = {
  loop: { apiKey: "demo_loop_2f6c1a9e4b7d4c3a8e5f" },
  aftership: { apiKey: "asat_demo_9d3e7b1c5a2f4e6d8b0c" },
  recharge: { accessToken: "sk_demo_recharge_7a1b3c5d9e2f4a6b8c0d" },
  skio: { apiToken: "skio_demo_4e8a2c6b0d1f3e5a7c9b" },
  // The demo merchant's program, as its knowledge-base article names it (a setting, not a secret).
  smile: { apiKey: "smile_demo_private_5b9d1f3a7c2e4b6d8f0a", programName: "Summit Rewards" },
  yotpo: { guid: "demoYotpoGuid42", apiKey: "yotpo_demo_3c7e1a5b9d2f" },
  loyaltylion: { accessToken: "ll_demo_token_8f2a6c0e4b1d3f5a7c9e" },
} as const satisfies Record<string, Record<string, string>>;
