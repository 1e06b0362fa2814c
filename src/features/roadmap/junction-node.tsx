import { memo } from 'react';
import { Handle, Position } from '@xyflow/react';
import type { Node, NodeProps } from '@xyflow/react';

export interface JunctionNodeData extends Record<string, unknown> {
  /** The exams any one of which meets the prerequisite, as the catalogue lists them. */
  options: string[];
  direction: 'LR' | 'TB';
}

export type JunctionNode = Node<JunctionNodeData, 'junction'>;

export const JUNCTION_WIDTH = 64;
export const JUNCTION_HEIGHT = 26;

/**
 * An any-of prerequisite ("AZ-104 or AZ-204"): the options meet here and one arrow goes on,
 * so the drawing never shows two mandatory arrows where one exam is enough.
 */
function JunctionNodeView({ data }: NodeProps<JunctionNode>) {
  const vertical = data.direction === 'TB';
  return (
    <div className="roadmap-junction" title={`Prerequisite: any one of ${data.options.join(', ')}`}>
      <Handle
        type="target"
        position={vertical ? Position.Top : Position.Left}
        isConnectable={false}
      />
      one of
      <Handle
        type="source"
        position={vertical ? Position.Bottom : Position.Right}
        isConnectable={false}
      />
    </div>
  );
}

export const JunctionNodeComponent = memo(JunctionNodeView);
