import type { ClusterItem } from "../../domain/cluster-grid.ts";
import { EVENT_TYPES, isApproximateLocation, type SecurityEvent } from "../../domain/event.ts";
import { TYPE_COLOURS } from "./type-style.ts";
import { TYPE_PATHS } from "./type-symbols.ts";

/*
 * DOM for Leaflet divIcons, built with createElement and textContent only: dataset text never
 * reaches innerHTML.
 */

const SVG = "http://www.w3.org/2000/svg";

export const EVENT_ICON_SIZE = 22;

/** Marker outline and the inside of hollow (approximate) symbols: white in light mode, dark in dark mode. */
export const MARKER_OUTLINE = "var(--marker-outline, #ffffff)";
export const MARKER_HOLLOW = "var(--marker-hollow, #ffffff)";

export function eventMarkerElement(event: SecurityEvent): HTMLElement {
  const imprecise = isApproximateLocation(event.location);
  const colour = TYPE_COLOURS[event.type];
  const wrapper = document.createElement("div");
  wrapper.className = "event-symbol";
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("width", String(EVENT_ICON_SIZE));
  svg.setAttribute("height", String(EVENT_ICON_SIZE));
  svg.setAttribute("aria-hidden", "true");
  const path = document.createElementNS(SVG, "path");
  path.setAttribute("d", TYPE_PATHS[event.type]);
  // The outline and the hollow fill follow the colour scheme (CSS variables, see app.css).
  path.style.fill = imprecise ? MARKER_HOLLOW : colour;
  path.style.stroke = imprecise ? colour : MARKER_OUTLINE;
  path.setAttribute("stroke-width", imprecise ? "2.6" : "1.6");
  if (imprecise) path.setAttribute("stroke-dasharray", "3 2");
  svg.append(path);
  wrapper.append(svg);
  if (event.startDay === null) {
    const badge = document.createElement("span");
    badge.className = "undated-badge";
    badge.textContent = "?";
    wrapper.append(badge);
  }
  return wrapper;
}

/** Bubble size grows with the logarithm of the count so big clusters don't swamp the map. */
export function clusterDiameter(count: number): number {
  return Math.round(28 + 9 * Math.log10(count));
}

export function clusterElement(item: ClusterItem, label: string): HTMLElement {
  const bubble = document.createElement("div");
  bubble.className = "cluster-bubble";
  const count = document.createElement("span");
  count.className = "cluster-count";
  bubble.append(count);
  updateClusterElement(bubble, item, label);
  return bubble;
}

/** The ring each bubble was last drawn with: the style property reads back normalised. */
const ringOf = new WeakMap<HTMLElement, string>();

/** A ring split by type shows what the cluster holds at a glance. */
function typeRing(item: ClusterItem): string {
  let angle = 0;
  const stops: string[] = [];
  EVENT_TYPES.forEach((type, i) => {
    const share = (item.typeCounts[i] as number) / item.count;
    if (share === 0) return;
    stops.push(`${TYPE_COLOURS[type]} ${angle}turn ${angle + share}turn`);
    angle += share;
  });
  return `conic-gradient(${stops.join(", ")})`;
}

/**
 * Brings a bubble made by clusterElement up to another count in place: a brush step changes
 * counts, and rewriting a few properties costs far less style, layout and paint than a new element.
 * Only what changed is written, so an unchanged bubble is not restyled at all.
 */
export function updateClusterElement(bubble: HTMLElement, item: ClusterItem, label: string): void {
  const size = `${clusterDiameter(item.count)}px`;
  if (bubble.style.width !== size) {
    bubble.style.width = size;
    bubble.style.height = size;
  }
  const ring = typeRing(item);
  if (ringOf.get(bubble) !== ring) {
    ringOf.set(bubble, ring);
    bubble.style.background = ring;
  }
  const count = bubble.firstElementChild as HTMLElement;
  if (count.textContent !== label) count.textContent = label;
}
