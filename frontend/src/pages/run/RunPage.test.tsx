// The run page's stage timeline: one segment and one legend entry per stage the run timed.
import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { StageTimeline } from "./RunPage";

function legend(container: HTMLElement): string[] {
  return [...container.querySelectorAll("ul.legend li")].map((li) => li.textContent ?? "");
}

describe("the stage timeline", () => {
  it("lists no merge for a first load, which copies every row into a new table", () => {
    const { container } = render(<StageTimeline timings={{ extract_ms: 400, open_ms: 700, transform_ms: 200, load_ms: 2600, total_ms: 11000 }} />);
    expect(legend(container)).toEqual(["Extract: 400 ms", "Open: 700 ms", "Transform: 200 ms", "Load: 2.6 s", "Total: 11.0 s"]);
    expect(container.querySelectorAll(".timeline span")).toHaveLength(4);
  });

  it("shows a rerun's merge between the transform and the load, its width its share of the total", () => {
    const { container } = render(<StageTimeline timings={{ extract_ms: 300, open_ms: 100, transform_ms: 500, merge_ms: 2000, load_ms: 5, total_ms: 4000 }} />);
    expect(legend(container)).toEqual(["Extract: 300 ms", "Open: 100 ms", "Transform: 500 ms", "Merge: 2.0 s", "Load: 5 ms", "Total: 4.0 s"]);
    const segments = [...container.querySelectorAll<HTMLElement>(".timeline span")];
    expect(segments.map((s) => s.style.width)).toEqual(["7.5%", "2.5%", "12.5%", "50%", "0.125%"]);
  });
});
