import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { realCatalog } from '@/domain/real-catalog';
import type { RoadmapEdge, RoadmapStep } from '@/domain/roadmap';
import { RoadmapGraph } from '@/features/roadmap/roadmap-graph';
import type { StepInfo } from '@/features/roadmap/step-info';

const catalog = realCatalog();

function info(step: RoadmapStep, weeks: number | null, retired = false): StepInfo {
  const cert = catalog.byCode.get(step.code);
  return {
    step,
    cert,
    isCore: step.code === 'AI-103',
    retired,
    progress: null,
    renewal: undefined,
    scheduled:
      weeks === null
        ? undefined
        : {
            code: step.code,
            hours: { min: 10 * weeks - 5, max: 10 * weeks + 5 },
            plannedHours: 10 * weeks,
            weeks,
            hoursPerWeek: 10,
            studiedWeeks: 0,
            booked: false,
            awayWeeks: 0,
            areas: [],
            weeksRange: { min: weeks - 1, max: weeks + 1 },
            startDates: { earliest: '2026-03-02', likely: '2026-03-02', latest: '2026-03-02' },
            examDates: { earliest: '2026-04-01', likely: '2026-04-08', latest: '2026-04-15' },
            startDate: '2026-12-01',
            examDate: '2027-01-10',
            feeUsd: cert!.exam.priceUsd,
          },
  };
}

const infos = [
  info(
    { code: 'AZ-104', replaces: null, status: 'held', reason: 'You hold it.', basisSourceId: null },
    null,
  ),
  info(
    {
      code: 'AI-103',
      replaces: 'AI-102',
      status: 'required',
      reason: 'The core exam.',
      basisSourceId: null,
    },
    9,
  ),
  info(
    {
      code: 'AZ-305',
      replaces: null,
      status: 'required',
      reason: 'Architects need it.',
      basisSourceId: null,
    },
    6,
  ),
];
const edges: RoadmapEdge[] = [
  { from: 'AZ-104', to: 'AZ-305', kind: 'prerequisite' },
  { from: 'AI-103', to: 'AZ-305', kind: 'order' },
];

function Harness({ steps = infos }: { steps?: StepInfo[] }) {
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <div style={{ width: 1000, height: 600 }}>
      <RoadmapGraph infos={steps} edges={edges} selectedCode={selected} onSelect={setSelected}>
        <button type="button">Download image</button>
      </RoadmapGraph>
      <output aria-label="Selected step">{selected ?? 'none'}</output>
    </div>
  );
}

describe('RoadmapGraph', () => {
  it('draws one node per step, named by code, name and status word', () => {
    render(<Harness />);
    const node = screen.getByRole('group', {
      name: /^AZ-305 Azure Solutions Architect Expert: Required/,
    });
    expect(within(node).getByText('5–7 weeks')).toBeInTheDocument();
    expect(within(node).getByText('$165 exam')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: /^AZ-104 .*: Held/ })).toHaveTextContent(
      'Already held',
    );
  });

  it('notes on a successor which exam it replaces', () => {
    render(<Harness />);
    const node = screen.getByRole('group', { name: /^AI-103 .*replaces AI-102/ });
    expect(within(node).getByText('Replaces AI-102')).toBeInTheDocument();
  });

  it('selects a node with the keyboard (Enter)', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const node = screen.getByRole('group', { name: /^AZ-305/ });
    node.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('status', { name: 'Selected step' })).toHaveTextContent('AZ-305');
  });

  it('marks a retired exam on its card, held or not', () => {
    const retired = [
      info(
        { code: 'AZ-204', replaces: null, status: 'held', reason: 'Held.', basisSourceId: null },
        null,
        true,
      ),
      info(
        {
          code: 'DP-100',
          replaces: null,
          status: 'not-needed',
          reason: 'No.',
          basisSourceId: null,
        },
        null,
        true,
      ),
    ];
    render(<Harness steps={[...infos, ...retired]} />);
    const held = screen.getByRole('group', { name: /^AZ-204 .*: Held, retired/ });
    expect(within(held).getByText('Retired: valid until expiry')).toBeInTheDocument();
    expect(within(held).queryByText('Already held')).not.toBeInTheDocument();
    const gone = screen.getByRole('group', { name: /^DP-100 .*: Not needed, retired/ });
    expect(within(gone).getByText('Retired: no longer offered')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: /^AZ-104 .*: Held\./ })).not.toHaveTextContent(
      /Retired/,
    );
  });

  it('keeps the zoom and the download in a bar outside the canvas', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const canvas = screen.getByRole('application', { name: 'Certification roadmap graph' });
    for (const name of ['Zoom in', 'Zoom out', 'Fit to width', 'Download image'])
      expect(within(canvas).queryByRole('button', { name })).not.toBeInTheDocument();
    const level = screen.getByRole('status', { name: 'Zoom level' });
    const before = parseInt(level.textContent!, 10);
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(parseInt(level.textContent!, 10)).toBeGreaterThan(before);
    await user.click(screen.getByRole('button', { name: 'Fit to width' }));
    await user.click(screen.getByRole('button', { name: 'Zoom out' }));
    expect(parseInt(level.textContent!, 10)).toBeLessThan(before);
  });

  it('explains the statuses and both edge kinds in a legend', () => {
    render(<Harness />);
    const connections = screen.getByRole('list', { name: 'Connections' });
    expect(within(connections).getByText('Official prerequisite')).toBeInTheDocument();
    expect(within(connections).getByText('Recommended order')).toBeInTheDocument();
    const statuses = screen.getByRole('list', { name: 'Statuses' });
    expect(within(statuses).getAllByRole('listitem')).toHaveLength(5);
  });
});
