/**
 * Saving text as a file from the renderer: a Blob behind a temporary <a download>. In a
 * browser this is a download; in Electron the host turns it into the native save dialog.
 */
export const downloadText = (fileName: string, text: string, type = 'text/markdown;charset=utf-8'): void => {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: revoking at once can cancel the download in some engines.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

export const copyText = async (text: string): Promise<void> => {
  if (!navigator.clipboard?.writeText) throw new Error('the clipboard is not available here');
  await navigator.clipboard.writeText(text);
};
