import i18next from 'i18next';
import type { MessageText } from '../../shared/messages/text';
import { renderMessage } from '../../shared/messages/text';

/**
 * A message from the services in the interface language: its keyed text (shared/messages) when
 * it has one, else the English `message` it always carries.
 */
export function localMessage(said: { readonly message: string; readonly text?: MessageText | undefined }): string {
  const language = i18next.language === 'id' ? 'id' : 'en';
  return (said.text && renderMessage(said.text, language)) || said.message;
}
