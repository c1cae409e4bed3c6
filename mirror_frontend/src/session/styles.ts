// What the session overlays share: a box low in the middle of the wall, over
// the widgets (a tall widget column must not take a touch meant for it).

import { css } from "lit";

export const overlayStyles = css`
  .greeting,
  .prompt {
    position: absolute;
    left: 50%;
    bottom: 8%;
    transform: translateX(-50%);
    font-size: 48px;
    text-align: center;
    background: rgba(0, 0, 0, 0.4);
    padding: 16px 32px;
    border-radius: 24px;
    z-index: 1;
  }
  .message {
    color: #ff9a9a;
    font-size: 28px;
    min-height: 36px;
  }
`;
