import { sharedStyles, token } from '@balanse/components';
import { css } from 'lit';

/**
 * What every screen of the app shares: the elements' shared rules (host box, type, focus ring,
 * hidden-but-spoken text, no motion on request), then headings, 44 px targets, buttons,
 * fields, tables that scroll on their own at 320 px and messages. Every
 * colour and size is a token, so a tenant's theme reaches the app as it reaches the survey.
 */
export const appStyles = [
  sharedStyles,
  css`
  h1,
  h2,
  h3,
  h4 {
    line-height: 1.25;
    margin: ${token('space-l')} 0 ${token('space-s')};
  }
  h1 {
    font-size: ${token('font-size-xl')};
    margin-top: 0;
  }
  h2 {
    font-size: ${token('font-size-l')};
  }
  h3 {
    font-size: ${token('font-size-m')};
  }
  p {
    margin: 0 0 ${token('space-s')};
  }
  a {
    color: ${token('color-accent')};
  }
  button,
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: ${token('space-xs')};
    min-height: ${token('target-size')};
    min-width: ${token('target-size')};
    padding: ${token('space-xs')} ${token('space-m')};
    border: ${token('border-width')} solid ${token('color-accent')};
    border-radius: ${token('radius-s')};
    background: ${token('color-accent')};
    color: ${token('color-accent-contrast')};
    font: inherit;
    font-weight: ${token('font-weight-strong')};
    text-decoration: none;
    cursor: pointer;
  }
  button.secondary,
  .button.secondary {
    background: ${token('color-surface')};
    color: ${token('color-accent')};
  }
  button.danger {
    background: ${token('color-danger')};
    border-color: ${token('color-danger')};
    color: ${token('color-accent-contrast')};
  }
  button[disabled],
  button[aria-disabled='true'] {
    opacity: 0.55;
    cursor: not-allowed;
  }
  label {
    display: block;
    font-weight: ${token('font-weight-strong')};
    margin-bottom: ${token('space-xs')};
  }
  .field {
    margin-bottom: ${token('space-m')};
  }
  .hint {
    color: ${token('color-text-muted')};
    font-size: ${token('font-size-s')};
    font-weight: normal;
  }
  input:not([type='checkbox']):not([type='radio']):not([type='file']),
  select,
  textarea {
    box-sizing: border-box;
    min-height: ${token('target-size')};
    width: 100%;
    max-width: 32rem;
    padding: ${token('space-xs')} ${token('space-s')};
    border: ${token('border-width')} solid ${token('color-border')};
    border-radius: ${token('radius-s')};
    background: ${token('color-surface')};
    color: ${token('color-text')};
    font: inherit;
  }
  textarea {
    min-height: 8rem;
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: ${token('font-size-s')};
  }
  input[aria-invalid='true'],
  select[aria-invalid='true'],
  textarea[aria-invalid='true'] {
    border-color: ${token('color-danger')};
    border-width: 2px;
  }
  .check {
    display: flex;
    align-items: center;
    gap: ${token('space-s')};
    min-height: ${token('target-size')};
    font-weight: normal;
  }
  .check input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-s')};
    margin: ${token('space-s')} 0;
  }
  .card {
    border: ${token('border-width')} solid ${token('color-border')};
    border-radius: ${token('radius-m')};
    background: ${token('color-surface')};
    padding: ${token('space-m')};
    margin-bottom: ${token('space-m')};
  }
  .table-wrap {
    overflow-x: auto;
    max-width: 100%;
    margin-bottom: ${token('space-m')};
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: ${token('space-xs')} ${token('space-s')};
    border-bottom: ${token('border-width')} solid ${token('color-border')};
  }
  th {
    font-weight: ${token('font-weight-strong')};
  }
  .message {
    border-inline-start: 4px solid ${token('color-accent')};
    background: ${token('color-surface-raised')};
    padding: ${token('space-s')} ${token('space-m')};
    margin: ${token('space-s')} 0;
  }
  .message.error {
    border-color: ${token('color-danger')};
  }
  .message.success {
    border-color: ${token('color-success')};
  }
  .error-text {
    color: ${token('color-danger')};
    font-weight: ${token('font-weight-strong')};
  }
  .muted {
    color: ${token('color-text-muted')};
  }
  .mono {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: ${token('font-size-s')};
    overflow-wrap: anywhere;
  }
  .badge {
    display: inline-block;
    padding: 0 ${token('space-s')};
    border: ${token('border-width')} solid ${token('color-border')};
    border-radius: 999px;
    font-size: ${token('font-size-s')};
    white-space: nowrap;
  }
`,
];
