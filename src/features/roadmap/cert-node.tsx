import { memo } from 'react';
import { Handle, Position } from '@xyflow/react';
import type { Node, NodeProps } from '@xyflow/react';
import { formatUsd } from '@/lib/format';
import { StatusBadge } from '@/features/roadmap/status-badge';
import type { StepStatus } from '@/domain/roadmap';
import './cert-node.css';

export interface CertNodeData extends Record<string, unknown> {
  code: string;
  name: string;
  status: StepStatus;
  replaces: string | null;
  /** Likely weeks and their range; null when the step takes no study time in this plan. */
  weeks: { likely: number; min: number; max: number } | null;
  feeUsd: number | null;
  /** The retired mark ("Retired: no longer offered"), shown instead of weeks and fee; or null. */
  retired: string | null;
  /** The user's progress on it, in words ("Exam booked for 15 Feb 2027"), or null. */
  progress: string | null;
  direction: 'LR' | 'TB';
}

export type CertNode = Node<CertNodeData, 'cert'>;

export const CERT_NODE_WIDTH = 224;
export const CERT_NODE_HEIGHT = 140;

function effortText({ status, weeks }: CertNodeData): string {
  if (status === 'held') return 'Already held';
  if (weeks === null) return 'Not scheduled';
  return weeks.min === weeks.max
    ? `${weeks.likely} ${weeks.likely === 1 ? 'week' : 'weeks'}`
    : `${weeks.min}–${weeks.max} weeks`;
}

/** One certification on the graph: code, name, status (icon + word), weeks and fee. */
function CertNodeView({ data, selected }: NodeProps<CertNode>) {
  const vertical = data.direction === 'TB';
  return (
    <div className={`cert-node cert-node--${data.status}${selected ? ' cert-node--selected' : ''}`}>
      {/* Edges need handles to attach to; they are not interactive here. */}
      <Handle
        type="target"
        position={vertical ? Position.Top : Position.Left}
        isConnectable={false}
      />
      <div className="cert-node-top">
        <span className="cert-node-code">{data.code}</span>
        <StatusBadge status={data.status} />
      </div>
      <div className="cert-node-name">{data.name}</div>
      {data.progress ? (
        <div className="cert-node-progress">{data.progress}</div>
      ) : (
        data.replaces && <div className="cert-node-replaces">Replaces {data.replaces}</div>
      )}
      <div className="cert-node-facts">
        {data.retired ? (
          <span className="cert-node-retired">{data.retired}</span>
        ) : (
          <>
            <span>{effortText(data)}</span>
            {data.feeUsd !== null && <span>{formatUsd(data.feeUsd)} exam</span>}
          </>
        )}
      </div>
      <Handle
        type="source"
        position={vertical ? Position.Bottom : Position.Right}
        isConnectable={false}
      />
    </div>
  );
}

export const CertNodeComponent = memo(CertNodeView);
