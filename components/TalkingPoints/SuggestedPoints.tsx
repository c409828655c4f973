import type { Hint, HintActions } from '../../lib/model/relationship';
import { Button } from '../Button/Button';
import { intlLocale } from '../format';
import { useT } from '../i18n';
import styles from '../Section/Item.module.css';
import { hintReason, hintText } from './hint-text';
import own from './SuggestedPoints.module.css';

interface SuggestedPointsProps {
  hints: Hint[];
  actions: HintActions;
}

/** Suggestions under the rep's own points, each with its reason: Keep makes it theirs, Dismiss hides it for this client. */
export function SuggestedPoints({ hints, actions }: SuggestedPointsProps) {
  const t = useT();
  const locale = intlLocale(t);
  if (hints.length === 0) return null;
  return (
    <div class={own.suggested}>
      <h3 id="suggested-title" class={own.title}>
        {t('hints.title')}
      </h3>
      <ul class={styles.list} aria-labelledby="suggested-title">
        {hints.map((hint) => {
          const text = hintText(t, hint, locale);
          const reasonId = `hint-reason-${hint.key}`;
          return (
            <li key={hint.key} class={`${styles.card} ${own.hint}`}>
              <p class={styles.text}>{text}</p>
              <p id={reasonId} class={styles.muted}>
                {t('hints.why', [hintReason(t, hint)])}
              </p>
              <div class={styles.actions}>
                <Button small aria-describedby={reasonId} onClick={() => void actions.keepHint(hint, text)}>
                  {t('hints.keep')}
                </Button>
                <Button
                  small
                  variant="ghost"
                  aria-describedby={reasonId}
                  onClick={() => void actions.dismissHint(hint)}
                >
                  {t('hints.dismiss')}
                </Button>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
