import type { Scene, Shape } from "./scene.ts";

const FONT_FAMILY = 'system-ui, "Segoe UI", "Noto Sans", "Noto Sans Arabic", "DejaVu Sans", sans-serif';

function paintShape(ctx: CanvasRenderingContext2D, shape: Shape, pixelRatio: number): void {
  ctx.save();
  if (shape.kind === "path") {
    const t = shape.transform;
    if (t) ctx.setTransform(pixelRatio * t.scale, 0, 0, pixelRatio * t.scale, pixelRatio * t.x, pixelRatio * t.y);
    const path = new Path2D(shape.d);
    const unit = t ? t.scale : 1;
    if (shape.shadow) {
      ctx.shadowColor = "rgba(0, 0, 0, 0.4)";
      ctx.shadowBlur = 3 * pixelRatio;
      ctx.shadowOffsetY = 1 * pixelRatio;
    }
    if (shape.fill) {
      ctx.fillStyle = shape.fill;
      ctx.fill(path);
    }
    if (shape.stroke) {
      ctx.shadowColor = "transparent";
      ctx.strokeStyle = shape.stroke;
      ctx.lineWidth = (shape.lineWidth ?? 1) / unit;
      ctx.lineJoin = "round";
      ctx.setLineDash((shape.dash ?? []).map((d) => d / unit));
      ctx.stroke(path);
    }
  } else {
    ctx.font = `${shape.weight ?? 400} ${shape.size}px ${FONT_FAMILY}`;
    ctx.direction = shape.direction;
    ctx.textAlign = shape.align === "center" ? "center" : shape.align;
    ctx.textBaseline = "alphabetic";
    if (shape.halo) {
      ctx.strokeStyle = shape.halo;
      ctx.lineWidth = 3;
      ctx.lineJoin = "round";
      ctx.strokeText(shape.text, shape.x, shape.y);
    }
    ctx.fillStyle = shape.fill;
    ctx.fillText(shape.text, shape.x, shape.y);
  }
  ctx.restore();
}

/** Draws a scene at `pixelRatio` device pixels per CSS pixel (2 for print and retina screens). */
export function paintScene(ctx: CanvasRenderingContext2D, scene: Scene, pixelRatio: number): void {
  ctx.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
  ctx.fillStyle = scene.background;
  ctx.fillRect(0, 0, scene.width, scene.height);
  ctx.save();
  const { x, y, width, height } = scene.mapRect;
  ctx.beginPath();
  ctx.rect(x, y, width, height);
  ctx.clip();
  for (const shape of scene.map) paintShape(ctx, shape, pixelRatio);
  ctx.restore();
  for (const shape of scene.overlay) paintShape(ctx, shape, pixelRatio);
}

/** The scene as a PNG file. */
export async function sceneToPng(scene: Scene, pixelRatio = 2): Promise<Blob> {
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(scene.width * pixelRatio);
  canvas.height = Math.round(scene.height * pixelRatio);
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("This browser cannot draw images (no 2D canvas).");
  paintScene(ctx, scene, pixelRatio);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("The image could not be encoded."))), "image/png"),
  );
}

export { FONT_FAMILY };
