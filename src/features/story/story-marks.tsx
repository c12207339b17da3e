import { binOf, type TimeBins } from "../../domain/time-bins.ts";
import { useAppStore } from "../../state/store-context.tsx";
import { selectStoryDays } from "./story-state.ts";
import "./story-marks.css";

/**
 * Over the timeline's bars while a story is open: a band over the story's span, a tick at each
 * step and a stronger one at the current step. Decoration only: the card says the same in words.
 */
export function StoryMarks({ bins, width }: { bins: TimeBins; width: number }) {
  const story = useAppStore(selectStoryDays);
  const n = bins.starts.length;
  if (!story || n === 0) return null;
  const slot = width / n;
  const xOf = (day: number) => {
    const bin = binOf(bins, day);
    return bin < 0 ? null : (bin + 0.5) * slot;
  };
  const xs = story.days.map(xOf).filter((x): x is number => x !== null);
  if (xs.length === 0) return null;
  const first = Math.min(...xs);
  const last = Math.max(...xs);
  const current = story.current === null ? null : xOf(story.current);
  return (
    <div className="tl-story" aria-hidden="true" data-testid="story-marks">
      <span className="tl-story-span" style={{ left: first - slot / 2, width: last - first + slot }} />
      {xs.map((x) => (
        <span key={x} className="tl-story-step" style={{ left: x }} />
      ))}
      {current !== null && <span className="tl-story-step is-current" style={{ left: current }} />}
    </div>
  );
}
