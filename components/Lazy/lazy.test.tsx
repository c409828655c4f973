// @vitest-environment happy-dom
import { render, screen, waitFor } from '@testing-library/preact';
import { render as renderOutsideAct } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { lazy } from './lazy';

function Greeting({ name }: { name: string }) {
  return <p>Hello, {name}</p>;
}

describe('lazy', () => {
  it('renders nothing until the component has loaded, then renders it with its props', async () => {
    const Lazy = lazy(async () => Greeting);
    const { container } = render(<Lazy name="Li Na" />);
    expect(container.textContent).toBe('');
    expect(await screen.findByText('Hello, Li Na')).toBeTruthy();
  });

  it('imports once: preload and every render share the same load', async () => {
    const load = vi.fn(async () => Greeting);
    const Lazy = lazy(load);
    const first = Lazy.preload();
    const second = Lazy.preload();
    render(
      <>
        <Lazy name="A" />
        <Lazy name="B" />
      </>,
    );
    await Promise.all([first, second]);
    expect(await screen.findByText('Hello, A')).toBeTruthy();
    expect(screen.getByText('Hello, B')).toBeTruthy();
    expect(load).toHaveBeenCalledOnce();
  });

  it('renders at once when already loaded', async () => {
    const Lazy = lazy(async () => Greeting);
    await Lazy.preload();
    render(<Lazy name="Wang Lei" />);
    expect(screen.getByText('Hello, Wang Lei')).toBeTruthy();
  });

  it('tries the import again after a failure', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(Greeting);
    const Lazy = lazy<{ name: string }>(load);
    await expect(Lazy.preload()).rejects.toThrow('offline');
    await Lazy.preload();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('renders once a preload under way finishes between its first render and its effect', async () => {
    const Lazy = lazy(async () => Greeting);
    const loading = Lazy.preload();
    const container = document.createElement('div');
    document.body.append(container);
    // Outside act(), so the effect waits for the next frame, as in a browser; the load lands first.
    renderOutsideAct(<Lazy name="Zhao Min" />, container);
    expect(container.textContent).toBe('');
    await loading;
    await waitFor(() => expect(container.textContent).toBe('Hello, Zhao Min'));
    renderOutsideAct(null, container);
    container.remove();
  });
});
