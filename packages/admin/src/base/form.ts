/**
 * A text field's value from a form's data: '' when the form has no such field. A file is never the
 * value of the text fields these forms read, so one counts as absent rather than as "[object File]".
 */
export function formText(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value : '';
}
