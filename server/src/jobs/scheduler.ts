import { Config, ILogger, Inject, Logger, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { DeadlineJob } from '../modules/event/deadline.job';
import { OutboxWorker } from '../modules/notify/outbox.worker';
import { MediaService } from '../modules/media/media.service';
import { WriteGate } from '../common/write-gate';

interface JobsConfig { enabled: boolean; deadlineSeconds: number; outboxSeconds: number }

/**
 * Runs the background jobs on timers. Every job is safe with several instances running (each claims
 * its work in the database), so every instance may run the scheduler. A tick never overlaps itself.
 */
@Provide()
@Scope(ScopeEnum.Singleton)
export class Scheduler {
  @Config('linli.jobs') cfg: JobsConfig;
  @Inject() deadlines: DeadlineJob;
  @Inject() outbox: OutboxWorker;
  @Inject() media: MediaService;
  @Inject() gate: WriteGate;
  @Logger() logger: ILogger;

  private timers: NodeJS.Timeout[] = [];

  start() {
    if (!this.cfg.enabled) return;
    this.every(this.cfg.deadlineSeconds, 'deadlines', () => this.deadlines.tick());
    this.every(this.cfg.outboxSeconds, 'outbox', () => this.outbox.tick());
    // uploads never attached to a report within a day are removed, files included
    this.every(3600, 'media-cleanup', () => this.gate.run(() => this.media.cleanupUnclaimed(24)));
  }

  stop() {
    this.timers.forEach(clearInterval);
    this.timers = [];
  }

  private every(seconds: number, name: string, work: () => Promise<unknown>) {
    let running = false;
    const timer = setInterval(async () => {
      if (running) return;
      running = true;
      try {
        await work();
      } catch (err) {
        this.logger.error('job %s failed: %s', name, err);
      } finally {
        running = false;
      }
    }, seconds * 1000);
    timer.unref();
    this.timers.push(timer);
  }
}
