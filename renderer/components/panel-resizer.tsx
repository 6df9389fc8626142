import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';

const KEY = 'tinjau.sidePanelWidth';
const MIN = 240;
const DEFAULT = 380;
const STEP = 24;

const maxWidth = () => Math.max(MIN, Math.round(window.innerWidth * 0.6));
const clamp = (w: number) => Math.min(maxWidth(), Math.max(MIN, Math.round(w)));

/**
 * The side panel's width, as the reviewer last left it on this computer. The setter stores the
 * width unless told it is a step of a drag still going on (stored when the drag ends).
 */
export function usePanelWidth(): [number, (width: number, dragging?: boolean) => void] {
  const [width, setWidth] = useState(() => {
    const saved = Number(localStorage.getItem(KEY));
    return Number.isFinite(saved) && saved > 0 ? clamp(saved) : DEFAULT;
  });
  const set = useCallback((w: number, dragging = false) => {
    const next = clamp(w);
    setWidth(next);
    if (dragging) return;
    try {
      localStorage.setItem(KEY, String(next));
    } catch {
      /* storage unavailable: the width holds for this window */
    }
  }, []);
  return [width, set];
}

/**
 * The handle on the side panel's inner edge: drag it, or focus it and use the arrow keys (Left
 * widens the panel, Right narrows it; Home and End for the narrowest and widest).
 */
export function PanelResizer({ width, onWidth }: { width: number; onWidth: (width: number, dragging?: boolean) => void }) {
  const { t } = useTranslation();
  const onPointerDown = (e: React.PointerEvent<HTMLDivElement>) => {
    e.preventDefault();
    const startX = e.clientX;
    const startWidth = width;
    const handle = e.currentTarget;
    handle.setPointerCapture(e.pointerId);
    let last = startWidth;
    const move = (ev: PointerEvent) => {
      last = startWidth + (startX - ev.clientX);
      onWidth(last, true);
    };
    const up = () => {
      onWidth(last);
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', up);
      handle.removeEventListener('pointercancel', up);
      handle.removeEventListener('lostpointercapture', up);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up);
    handle.addEventListener('pointercancel', up);
    handle.addEventListener('lostpointercapture', up);
  };
  const onKeyDown = (e: React.KeyboardEvent<HTMLDivElement>) => {
    const change: Record<string, number> = { ArrowLeft: width + STEP, ArrowRight: width - STEP, Home: MIN, End: maxWidth() };
    const next = change[e.key];
    if (next === undefined) return;
    e.preventDefault();
    onWidth(next);
  };
  return (
    <div
      className="panel-resizer"
      role="separator"
      aria-orientation="vertical"
      aria-label={t('panels.resize')}
      aria-valuenow={width}
      aria-valuemin={MIN}
      aria-valuemax={maxWidth()}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
    />
  );
}
