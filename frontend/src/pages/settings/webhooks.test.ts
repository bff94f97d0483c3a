import { describe, expect, it } from "vitest";

import { webhookLine } from "./NotificationsSection";

describe("webhookLine", () => {
  it("reads a URL as a signed JSON webhook and `slack <URL>` as a Slack one", () => {
    expect(webhookLine("https://hooks.example.com/sluice")).toEqual({ url: "https://hooks.example.com/sluice", kind: "json" });
    expect(webhookLine("slack https://hooks.slack.com/services/T/B/X")).toEqual({
      url: "https://hooks.slack.com/services/T/B/X",
      kind: "slack",
    });
  });
});
