import cliProgress from 'cli-progress';
import type { Logger } from '../../core/logger';

/** How far an index build is: bytes of the source files read, and articles indexed so far. */
export interface BuildProgress {
  read: number;
  total: number;
  articles: number;
  done?: boolean;
}

/** Shows build progress: a bar on a terminal, otherwise a log line every 10 % (services, containers, CI). */
export function createBuildProgress(opts: { logger?: Logger; bar: boolean }): (p: BuildProgress) => void {
  const started = Date.now();
  let bar: cliProgress.SingleBar | undefined;
  let logged = 0;
  return (p) => {
    if (opts.bar) {
      if (!bar) {
        bar = new cliProgress.SingleBar({ stream: process.stderr, format: 'Đang lập chỉ mục văn bản pháp luật {bar} {percentage}% | {articles} điều | còn {eta_formatted}', hideCursor: true }, cliProgress.Presets.shades_classic);
        bar.start(p.total, 0, { articles: 0 });
      }
      bar.update(p.read, { articles: p.articles });
      if (p.done) bar.stop();
      return;
    }
    const tenth = p.total > 0 ? Math.floor((p.read / p.total) * 10) : 10;
    if (!p.done && tenth > logged && tenth < 10) {
      logged = tenth;
      opts.logger?.info({ percent: tenth * 10, articles: p.articles, seconds: Math.round((Date.now() - started) / 1000) }, 'knowledge index building');
    }
  };
}
