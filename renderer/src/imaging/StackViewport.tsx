import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent, PointerEvent } from 'react';
import cornerstone from 'cornerstone-core';
import type { ImageRenderedEventDetail } from 'cornerstone-core';
import { errorMessage } from '../ui/errorMessage';
import { registerWorkstationImageLoader } from './cornerstoneLoader';

type Voi = { windowCenter: number; windowWidth: number };

/**
 * One cornerstone viewport over a stack: wheel or ↑/↓ to scroll, drag to
 * window/level, R to reset, I to invert. The window stays as set while
 * scrolling, as readers expect.
 */
export function StackViewport({ imageIds, label }: { imageIds: readonly string[]; label: string }) {
  const elementRef = useRef<HTMLDivElement>(null);
  const resetOnNextImage = useRef(true);
  const drag = useRef<{ x: number; y: number; voi: Voi } | null>(null);
  const [index, setIndex] = useState(0);
  const [voi, setVoi] = useState<Voi | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    registerWorkstationImageLoader();
    const element = elementRef.current!;
    cornerstone.enable(element);
    const onRendered = (event: Event) => {
      const detail = (event as CustomEvent<ImageRenderedEventDetail>).detail;
      element.dataset.renderedImageId = detail.image.imageId;
      setVoi({ windowCenter: detail.viewport.voi.windowCenter, windowWidth: detail.viewport.voi.windowWidth });
    };
    element.addEventListener(cornerstone.EVENTS.IMAGE_RENDERED, onRendered);
    const resize = new ResizeObserver(() => cornerstone.resize(element, true));
    resize.observe(element);
    return () => {
      resize.disconnect();
      element.removeEventListener(cornerstone.EVENTS.IMAGE_RENDERED, onRendered);
      cornerstone.disable(element);
    };
  }, []);

  useEffect(() => {
    setIndex(0);
    resetOnNextImage.current = true;
  }, [imageIds]);

  useEffect(() => {
    const imageId = imageIds[index];
    if (!imageId) return;
    let stale = false;
    cornerstone.loadAndCacheImage(imageId).then(
      (image) => {
        if (stale) return;
        const element = elementRef.current!;
        setError(null);
        if (resetOnNextImage.current) {
          resetOnNextImage.current = false;
          cornerstone.displayImage(element, image, cornerstone.getDefaultViewportForImage(element, image));
        } else {
          cornerstone.displayImage(element, image);
        }
      },
      (caught: unknown) => !stale && setError(errorMessage(caught)),
    );
    return () => {
      stale = true;
    };
  }, [imageIds, index]);

  useEffect(() => {
    const element = elementRef.current!;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      if (event.deltaY !== 0) setIndex((i) => clamp(i + Math.sign(event.deltaY), imageIds.length));
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [imageIds.length]);

  function onKeyDown(event: KeyboardEvent) {
    const element = elementRef.current!;
    const step = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1, PageDown: 5, PageUp: -5 }[event.key];
    if (step !== undefined) setIndex((i) => clamp(i + step, imageIds.length));
    else if (event.key === 'Home') setIndex(0);
    else if (event.key === 'End') setIndex(Math.max(0, imageIds.length - 1));
    else if (event.key === 'r' || event.key === 'R') cornerstone.reset(element);
    else if (event.key === 'i' || event.key === 'I') {
      const viewport = cornerstone.getViewport(element);
      if (viewport) cornerstone.setViewport(element, { invert: !viewport.invert });
    } else return;
    event.preventDefault();
  }

  function onPointerDown(event: PointerEvent) {
    const viewport = cornerstone.getViewport(elementRef.current!);
    if (event.button !== 0 || !viewport) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { x: event.clientX, y: event.clientY, voi: { ...viewport.voi } };
  }

  function onPointerMove(event: PointerEvent) {
    const start = drag.current;
    if (!start) return;
    const windowWidth = Math.max(1, start.voi.windowWidth + (event.clientX - start.x) * 4);
    const windowCenter = start.voi.windowCenter + (event.clientY - start.y) * 2;
    cornerstone.setViewport(elementRef.current!, { voi: { windowWidth, windowCenter } });
  }

  return (
    <div className="stack-viewport">
      <div
        ref={elementRef}
        className="viewport-element"
        data-testid="image-viewport"
        tabIndex={0}
        role="img"
        aria-label={`${label}, image ${index + 1} of ${imageIds.length}`}
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={() => (drag.current = null)}
        onContextMenu={(event) => event.preventDefault()}
      />
      <div className="viewport-overlay top-left">{label}</div>
      <div className="viewport-overlay bottom-left" data-testid="slice-indicator">
        Im {imageIds.length ? index + 1 : 0}/{imageIds.length}
      </div>
      {voi && (
        <div className="viewport-overlay bottom-right">
          W {Math.round(voi.windowWidth)} L {Math.round(voi.windowCenter)}
        </div>
      )}
      {error && <div className="viewport-error" role="alert">{error}</div>}
    </div>
  );
}

function clamp(index: number, length: number): number {
  return Math.min(Math.max(0, length - 1), Math.max(0, index));
}
