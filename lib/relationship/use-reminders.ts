import { useEffect, useState } from 'preact/hooks';
import { type ReminderSettings, STORED } from '../model/storage-items';
import { watchPermissions } from '../platform/permissions';
import { getItem, setItem, watchItem } from '../platform/storage';
import { hasNotificationsPermission, requestNotificationsPermission } from './reminders';

/** The `notifications` permission the reminder needs; tests pass their own. */
export interface NotificationsPermission {
  has(): Promise<boolean>;
  request(): Promise<boolean>;
}

export const browserNotificationsPermission: NotificationsPermission = {
  has: hasNotificationsPermission,
  request: requestNotificationsPermission,
};

/**
 * The options page's daily reminder: on only while `notifications` is granted (asked for within
 * the rep's click), the time it rings; the background keeps the alarm in step with what is stored.
 */
export function useReminders(permission: NotificationsPermission = browserNotificationsPermission) {
  const [settings, setSettings] = useState<ReminderSettings | null>(null);
  const [granted, setGranted] = useState(false);
  const [declined, setDeclined] = useState(false);

  useEffect(() => {
    let active = true;
    const refresh = async () => {
      const [stored, permitted] = await Promise.all([getItem(STORED.reminders), permission.has()]);
      if (!active) return;
      setSettings(stored);
      setGranted(permitted);
    };
    void refresh();
    const stopStored = watchItem(STORED.reminders, () => void refresh());
    const stopPermissions = watchPermissions(() => void refresh());
    return () => {
      active = false;
      stopStored();
      stopPermissions();
    };
  }, [permission]);

  const time = settings?.time ?? '08:30';
  return {
    settings: settings && { ...settings, enabled: settings.enabled && granted },
    declined,
    toggle(on: boolean) {
      setDeclined(false);
      if (!on) {
        void setItem(STORED.reminders, { enabled: false, time });
        return;
      }
      // No await before this call: the browser shows its prompt only within the click.
      permission.request().then(
        (ok) => (ok ? setItem(STORED.reminders, { enabled: true, time }) : setDeclined(true)),
        () => setDeclined(true),
      );
    },
    setTime(next: string) {
      if (/^([01]\d|2[0-3]):[0-5]\d$/.test(next))
        void setItem(STORED.reminders, { enabled: true, time: next });
    },
  };
}
