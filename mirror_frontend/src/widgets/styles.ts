// The panel's own widgets in the right-hand column: a dark rounded card.

import { css } from "lit";

export const widgetStyles = css`
  .widget {
    background: rgba(0, 0, 0, 0.45);
    border-radius: 20px;
    padding: 16px 20px;
  }
`;
