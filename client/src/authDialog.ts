// The API token: asked once in a small dialog when a call gets 401, kept in sessionStorage, sent as Bearer.
import { el } from './dom';

const KEY = 'entente.token';
let asking: Promise<string | undefined> | undefined;
/** Fallback when sessionStorage is disabled. */
let memory: string | undefined;

export function currentToken(): string | undefined {
  try {
    return sessionStorage.getItem(KEY) ?? memory;
  } catch {
    return memory;
  }
}

export function clearToken(): void {
  memory = undefined;
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    /* storage disabled: nothing kept */
  }
}

/** Show the token dialog; concurrent callers share one dialog. Resolves undefined when cancelled. */
export function askToken(
  message = 'This server needs an API token. Enter it to continue:',
): Promise<string | undefined> {
  asking ??= new Promise<string | undefined>((resolve) => {
    const input = el('input', {
      type: 'password',
      id: 'token-input',
      autocomplete: 'off',
      'data-testid': 'token-input',
      required: true,
    });
    const form = el(
      'form',
      { method: 'dialog' },
      el('h2', {}, 'API token'),
      el('p', {}, message),
      el('label', { for: 'token-input' }, 'Token'),
      input,
      el(
        'div',
        { className: 'dialog-actions' },
        el('button', { type: 'button', value: 'cancel', className: 'secondary', id: 'token-cancel' }, 'Cancel'),
        el('button', { type: 'submit', value: 'ok' }, 'Use token'),
      ),
    );
    const dialog = el('dialog', { className: 'token-dialog', 'data-testid': 'token-dialog' }, form);
    document.body.append(dialog);
    const finish = (token: string | undefined): void => {
      dialog.close();
      dialog.remove();
      asking = undefined;
      if (token !== undefined) {
        memory = token;
        try {
          sessionStorage.setItem(KEY, token);
        } catch {
          /* storage disabled: the token lives only for this call */
        }
      }
      resolve(token);
    };
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const value = input.value.trim();
      finish(value === '' ? undefined : value);
    });
    form.querySelector('#token-cancel')?.addEventListener('click', () => finish(undefined));
    dialog.addEventListener('cancel', () => finish(undefined));
    dialog.showModal();
    input.focus();
  });
  return asking;
}
