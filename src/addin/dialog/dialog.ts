/**
 * The outcome dialog that the ribbon command opens where there is no shared
 * runtime. It shows the message from its address and tells the command when
 * the official closes it. Text is set with textContent only: the message comes
 * from the address and must never be read as HTML.
 */
import { readDialogContent } from './dialog-params';
import { dialogText } from './dialog-text';

function fill(id: string, text: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`dialog.html lacks #${id}`);
  element.textContent = text;
  return element;
}

function render(): HTMLElement {
  const content = readDialogContent(window.location.search);
  const text = dialogText(content.lang, content.ok);
  document.documentElement.lang = content.lang;
  fill('heading', text.heading);
  fill('message', content.message);
  fill('hint', text.hint);
  return fill('close', text.close);
}

const closeButton = render();
Office.onReady(() => {
  closeButton.addEventListener('click', () => Office.context.ui.messageParent('close'));
  closeButton.focus();
});
