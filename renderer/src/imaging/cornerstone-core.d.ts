// The part of cornerstone-core (2.x, no bundled types) this workstation uses.
declare module 'cornerstone-core' {
  export interface CornerstoneImage {
    imageId: string;
    minPixelValue: number;
    maxPixelValue: number;
    slope: number;
    intercept: number;
    windowCenter: number;
    windowWidth: number;
    getPixelData: () => ArrayLike<number>;
    rows: number;
    columns: number;
    height: number;
    width: number;
    color: boolean;
    columnPixelSpacing?: number;
    rowPixelSpacing?: number;
    invert: boolean;
    sizeInBytes: number;
  }
  export interface Viewport {
    scale: number;
    translation: { x: number; y: number };
    voi: { windowWidth: number; windowCenter: number };
    invert: boolean;
    pixelReplication: boolean;
    rotation: number;
    hflip: boolean;
    vflip: boolean;
  }
  export interface ImageLoadObject {
    promise: Promise<CornerstoneImage>;
    cancelFn?: () => void;
  }
  export interface ImageRenderedEventDetail {
    element: HTMLElement;
    image: CornerstoneImage;
    viewport: Viewport;
  }
  export const EVENTS: { readonly IMAGE_RENDERED: 'cornerstoneimagerendered' };
  export function enable(element: HTMLElement, options?: { renderer?: 'webgl' }): void;
  export function disable(element: HTMLElement): void;
  export function resize(element: HTMLElement, fitViewportToWindow?: boolean): void;
  export function reset(element: HTMLElement): void;
  export function displayImage(element: HTMLElement, image: CornerstoneImage, viewport?: Partial<Viewport>): void;
  export function getViewport(element: HTMLElement): Viewport | undefined;
  export function setViewport(element: HTMLElement, viewport: Partial<Viewport>): void;
  export function getDefaultViewportForImage(element: HTMLElement, image: CornerstoneImage): Viewport;
  export function loadAndCacheImage(imageId: string): Promise<CornerstoneImage>;
  export function registerImageLoader(scheme: string, loader: (imageId: string) => ImageLoadObject): void;
  export const imageCache: { removeImageLoadObject(imageId: string): void; purgeCache(): void };
  const cornerstone: {
    EVENTS: typeof EVENTS;
    enable: typeof enable;
    disable: typeof disable;
    resize: typeof resize;
    reset: typeof reset;
    displayImage: typeof displayImage;
    getViewport: typeof getViewport;
    setViewport: typeof setViewport;
    getDefaultViewportForImage: typeof getDefaultViewportForImage;
    loadAndCacheImage: typeof loadAndCacheImage;
    registerImageLoader: typeof registerImageLoader;
    imageCache: typeof imageCache;
  };
  export default cornerstone;
}
