import type { ComponentProps, ReactNode } from 'react';
import MDXComponents from '@theme-original/MDXComponents';
import { translate } from '@docusaurus/Translate';

/** A Markdown table inside a keyboard-focusable, labelled scroll region. */
function ScrollableTable(props: ComponentProps<'table'>): ReactNode {
  return (
    <div
      className="table-scroll"
      role="region"
      tabIndex={0}
      aria-label={translate({ id: 'theme.table.scrollRegion', message: 'Table', description: 'Accessible name of a scrollable table region' })}
    >
      <table {...props} />
    </div>
  );
}

/** The stock MDX components, with tables made scrollable by keyboard. */
export default {
  ...MDXComponents,
  table: ScrollableTable,
};
