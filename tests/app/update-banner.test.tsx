import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { UpdateBanner } from '@/app/update-banner';

const updates = vi.hoisted(() => ({ ready: false, applyUpdate: vi.fn(async () => {}) }));
vi.mock('@/lib/app-updates', () => ({
  useUpdateReady: () => updates.ready,
  applyUpdate: updates.applyUpdate,
}));

beforeEach(() => {
  updates.ready = false;
  updates.applyUpdate.mockClear();
});

describe('UpdateBanner', () => {
  it('shows nothing while no new build waits', () => {
    render(<UpdateBanner />);
    expect(screen.queryByRole('region', { name: 'New version' })).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('says a new version is ready, and "Update now" applies it', async () => {
    updates.ready = true;
    render(<UpdateBanner />);
    expect(await screen.findByRole('region', { name: 'New version' })).toHaveTextContent(
      'A new version of Certpath is ready.',
    );
    expect(screen.getByRole('status')).toHaveTextContent('A new version of Certpath is ready.');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Update now' }));
    expect(updates.applyUpdate).toHaveBeenCalledOnce();
  });

  it('"Later" puts it away for this page view', async () => {
    updates.ready = true;
    render(<UpdateBanner />);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Later' }));
    expect(screen.queryByRole('region', { name: 'New version' })).not.toBeInTheDocument();
    expect(updates.applyUpdate).not.toHaveBeenCalled();
  });
});
