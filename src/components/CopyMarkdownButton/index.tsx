import { useState, type ReactNode } from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Translate, { translate } from '@docusaurus/Translate';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import { markdownPathOf } from '../../lib/markdown-path';
import styles from './styles.module.css';

type Status = 'idle' | 'copied' | 'failed';

/**
 * "Copy page as Markdown": copies the page's Markdown copy (fragments composed, written at build
 * time next to the HTML) to the clipboard, for pasting into an AI assistant. The link next to it
 * opens the same file and works without JavaScript.
 */
export default function CopyMarkdownButton(): ReactNode {
  const { metadata } = useDoc();
  const { siteConfig } = useDocusaurusContext();
  const [status, setStatus] = useState<Status>('idle');
  const href = `${siteConfig.baseUrl}${markdownPathOf(metadata.permalink, siteConfig.baseUrl)}`;

  const copy = async () => {
    try {
      const response = await fetch(href);
      if (!response.ok) {
        throw new Error(`${response.status}`);
      }
      await navigator.clipboard.writeText(await response.text());
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };

  return (
    <div className={styles.actions}>
      <button type="button" className="button button--sm button--outline button--secondary" onClick={() => void copy()}>
        <Translate id="copyMarkdown.button" description="Button that copies the page as Markdown">
          Copy page as Markdown
        </Translate>
      </button>
      <a className={styles.link} href={href}>
        <Translate id="copyMarkdown.view" description="Link that opens the page as Markdown">
          View as Markdown
        </Translate>
      </a>
      <span role="status" aria-live="polite" className={styles.status}>
        {status === 'copied' &&
          translate({ id: 'copyMarkdown.copied', message: 'Copied', description: 'Shown after the page was copied as Markdown' })}
        {status === 'failed' &&
          translate({
            id: 'copyMarkdown.failed',
            message: 'Could not copy; open the Markdown instead',
            description: 'Shown when copying the page as Markdown failed',
          })}
      </span>
    </div>
  );
}
