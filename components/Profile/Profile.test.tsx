// @vitest-environment happy-dom
import { screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '../../tests/support/i18n';
import { buildClientFile } from '../test-fixtures';
import { Profile } from './Profile';

describe('Profile', () => {
  it('shows the ids an import gave the account (read-only), in both languages', () => {
    const { account } = buildClientFile();
    const imported = { ...account, externalIds: ['hubspot:18234501', 'salesforce:0015g00000ABCdeAAA'] };
    const first = renderWithI18n(<Profile account={imported} onEdit={vi.fn()} />);
    expect(screen.getByText('IDs in other systems').nextElementSibling?.textContent).toBe(
      'hubspot:18234501, salesforce:0015g00000ABCdeAAA',
    );
    first.unmount();
    renderWithI18n(<Profile account={{ ...account, externalIds: [] }} onEdit={vi.fn()} />, 'zh_CN');
    expect(screen.queryByText('其他系统中的 ID')).toBeNull();
  });
});
