// @vitest-environment happy-dom
import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '../../tests/support/i18n';
import { CorrectionsList } from './CorrectionsList';

describe('CorrectionsList', () => {
  it('lists each correction in words, each with Remove', () => {
    const onRemove = vi.fn();
    renderWithI18n(
      <CorrectionsList
        corrections={[
          {
            id: 'c1',
            accountName: '星辰通信技术有限公司',
            key: 'news.example.cn/2026/tender',
            verdict: 'notThis',
          },
          { id: 'c2', accountName: '', key: 'acme.com', verdict: 'belongsTo' },
        ]}
        onRemove={onRemove}
      />,
    );
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      '星辰通信技术有限公司 is not suggested for news.example.cn/2026/tenderRemove',
      'acme.com is suggested as (a deleted client)Remove',
    ]);
    fireEvent.click(screen.getAllByRole('button', { name: 'Remove' })[1]!);
    expect(onRemove).toHaveBeenCalledWith('c2');
  });

  it('says where corrections come from before there are any', () => {
    renderWithI18n(<CorrectionsList corrections={[]} onRemove={vi.fn()} />, 'zh_CN');
    expect(screen.getByText(/暂无/)).toBeTruthy();
  });
});
