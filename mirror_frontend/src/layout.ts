// Where things go on the wall, landscape or portrait, and how large: read
// from two metres away. The mirror (`.mirror`) is the container its layout
// asks about — its own size, not the window's (Home Assistant's sidebar may
// take part of the window) — so type and places follow the screen: cqmin is
// a hundredth of its shorter side.
//
// Landscape: the widgets in a column on the right, the greeting and the
// session's questions in the middle of what is left.
// Portrait: the picture seen whole ("fit") sits at the top with the widgets
// stacked below it and the greeting on its lower edge; filling the screen
// ("fill"), the widgets are overlaid in two columns in the lower half.
//
// The panel adopts these after its parts' own styles, which they override.

import { css } from "lit";

export const layoutStyles = css`
  .mirror {
    container: mirror / size;
  }

  /* landscape (and the default) */
  .widgets {
    top: 16px;
    right: 16px;
    width: min(36cqw, 680px);
    max-height: calc(100cqh - 32px);
    font-size: clamp(24px, 3.2cqmin, 60px);
    --mirror-widget-type: clamp(20px, 2.6cqmin, 50px);
  }
  .mirror > * > .greeting,
  .mirror > * > .prompt {
    left: calc((100cqw - min(36cqw, 680px) - 32px) / 2);
    max-width: calc(100cqw - min(36cqw, 680px) - 64px);
    box-sizing: border-box;
    font-size: clamp(32px, 4.4cqmin, 84px);
  }

  @container mirror (orientation: portrait) {
    .widgets {
      top: auto;
      left: 24px;
      right: 24px;
      bottom: 112px; /* above the sheet buttons */
      width: auto;
      font-size: clamp(26px, 4.2cqmin, 80px);
      --mirror-widget-type: clamp(22px, 3.4cqmin, 64px);
    }
    .mirror > * > .greeting,
    .mirror > * > .prompt {
      left: 50%;
      max-width: calc(100cqw - 48px);
      font-size: clamp(36px, 5cqmin, 96px);
    }

    /* the whole picture at the top, the widgets stacked below it */
    .mirror.fit-fit .widgets {
      top: calc(100cqw * var(--picture-ratio, 0.5625) + 24px);
      max-height: none;
    }
    .mirror.fit-fit > * > .greeting {
      top: calc(100cqw * var(--picture-ratio, 0.5625) - 24px);
      bottom: auto;
      transform: translate(-50%, -100%);
    }
    .mirror.fit-fit > * > .prompt {
      top: calc(100cqw * var(--picture-ratio, 0.5625) + 24px);
      bottom: auto;
    }

    /* the picture fills the screen: the widgets over its lower half, in two
       columns under the clock (the column grows upwards from the bottom) */
    .mirror.fit-fill .widgets {
      max-height: 46cqh;
      flex-flow: row wrap;
      align-items: flex-start;
    }
    .mirror.fit-fill .widgets > * {
      flex: 1 1 calc(50% - 8px);
      min-width: 0;
      box-sizing: border-box;
    }
    .mirror.fit-fill .widgets > mirror-public-info {
      flex-basis: 100%;
    }
    .mirror.fit-fill > * > .greeting,
    .mirror.fit-fill > * > .prompt {
      bottom: calc(46cqh + 136px);
    }
  }
`;
