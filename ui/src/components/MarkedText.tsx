import { memo, type KeyboardEvent, type ReactNode } from 'react';
import type { Mark, MarkNode } from '../marks.js';

interface Props {
  text: string;
  /** Where the body starts: a "date ... Source: ..." header line before it is shown muted. */
  bodyStart: number;
  roots: MarkNode[];
  activeId: string | null;
  onActivate: (mark: Mark, element: HTMLElement, pin: boolean) => void;
  onDeactivate: (mark: Mark) => void;
  onOpen: (mark: Mark) => void;
}

/**
 * The article text with its highlights. Every piece of article text goes into the page as a
 * React text node, never as HTML, so markup inside a press release shows as the characters it is.
 */
export const MarkedText = memo(function MarkedText({ text, bodyStart, roots, activeId, onActivate, onDeactivate, onOpen }: Props) {
  const renderRange = (start: number, end: number, nodes: MarkNode[]): ReactNode[] => {
    const out: ReactNode[] = [];
    let cursor = start;
    for (const node of nodes) {
      const { mark } = node;
      if (mark.start > cursor) out.push(text.slice(cursor, mark.start));
      const classes = ['hl', `hl-${mark.kind}`];
      if (mark.colour !== null) classes.push(`c${mark.colour}`);
      if (mark.id === activeId) classes.push('active');
      out.push(
        <mark
          key={mark.id}
          className={classes.join(' ')}
          data-mark={mark.id}
          data-kind={mark.kind}
          data-start={mark.start}
          tabIndex={0}
          aria-describedby={mark.id === activeId ? 'fact-card' : undefined}
          onMouseEnter={(e) => onActivate(mark, e.currentTarget, false)}
          onMouseLeave={() => onDeactivate(mark)}
          onFocus={(e) => {
            e.stopPropagation();
            onActivate(mark, e.currentTarget, false);
          }}
          onClick={(e) => {
            e.stopPropagation();
            onActivate(mark, e.currentTarget, true);
          }}
          onKeyDown={(e: KeyboardEvent<HTMLElement>) => {
            if (e.key === 'Enter' && mark.actorKey) {
              e.preventDefault();
              e.stopPropagation();
              onOpen(mark);
            }
          }}
        >
          {renderRange(mark.start, mark.end, node.children)}
        </mark>,
      );
      cursor = Math.max(cursor, mark.end);
    }
    if (cursor < end) out.push(text.slice(cursor, end));
    return out;
  };
  // The header is never annotated; should a mark start inside it anyway, render it plainly.
  if (bodyStart > 0 && (roots[0]?.mark.start ?? bodyStart) >= bodyStart) {
    return (
      <>
        <span className="doc-header">{text.slice(0, bodyStart)}</span>
        {renderRange(bodyStart, text.length, roots)}
      </>
    );
  }
  return <>{renderRange(0, text.length, roots)}</>;
});
