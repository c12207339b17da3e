import { FONT_FAMILY } from "./paint-canvas.ts";
import { fmt, rectPath, type Scene, type Shape } from "./scene.ts";

const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c] ?? c);

function svgShape(shape: Shape): string {
  if (shape.kind === "path") {
    const attrs = [`d="${shape.d}"`, `fill="${shape.fill ?? "none"}"`];
    const unit = shape.transform ? shape.transform.scale : 1;
    if (shape.stroke) {
      attrs.push(`stroke="${shape.stroke}"`, `stroke-width="${fmt((shape.lineWidth ?? 1) / unit)}"`);
      attrs.push('stroke-linejoin="round"');
      if (shape.dash?.length) attrs.push(`stroke-dasharray="${shape.dash.map((d) => fmt(d / unit)).join(" ")}"`);
    }
    if (shape.transform)
      attrs.push(`transform="translate(${fmt(shape.transform.x)} ${fmt(shape.transform.y)}) scale(${fmt(unit)})"`);
    if (shape.shadow) attrs.push('filter="url(#shadow)"');
    return `<path ${attrs.join(" ")}/>`;
  }
  const anchor = shape.align === "center" ? "middle" : shape.align;
  const attrs = [
    `x="${fmt(shape.x)}"`,
    `y="${fmt(shape.y)}"`,
    `font-size="${shape.size}"`,
    `font-weight="${shape.weight ?? 400}"`,
    `fill="${shape.fill}"`,
    `text-anchor="${anchor}"`,
    `direction="${shape.direction}"`,
  ];
  if (shape.halo) attrs.push(`stroke="${shape.halo}" stroke-width="3" stroke-linejoin="round" paint-order="stroke"`);
  return `<text ${attrs.join(" ")}>${escapeXml(shape.text)}</text>`;
}

/** The scene as a standalone SVG document (vector, editable in Illustrator or Inkscape). */
export function sceneToSvg(scene: Scene): string {
  const { width, height } = scene;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" direction="${scene.direction}" font-family='${FONT_FAMILY}'>`,
    "<defs>",
    `<clipPath id="map-frame"><path d="${rectPath(scene.mapRect)}"/></clipPath>`,
    '<filter id="shadow" x="-50%" y="-50%" width="200%" height="200%"><feDropShadow dx="0" dy="1" stdDeviation="1.5" flood-opacity="0.4"/></filter>',
    "</defs>",
    `<rect width="${width}" height="${height}" fill="${scene.background}"/>`,
    `<g clip-path="url(#map-frame)">`,
    ...scene.map.map(svgShape),
    "</g>",
    ...scene.overlay.map(svgShape),
    "</svg>",
  ].join("\n");
}
