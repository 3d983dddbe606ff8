import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { Subscription } from '@nats-io/nats-core';
import { budgetChangesSubject } from '@budgetflow/contracts';
import { EVERYTHING_CHANGED } from '@budgetflow/messaging';
import { ChangeTrackingCache, SERVICE_RESOURCES, type ServiceResources } from '@budgetflow/service-kit';
import { GATEWAY_SETTINGS, type GatewaySettings } from '../gateway-settings';

/** A budget's detail as the workflow service answered it, serialized and UTF-8 encoded once. */
export interface CachedBudgetDetail {
  unitId: string;
  json: Buffer;
  /** entityTag(json) */
  etag: string;
}

/**
 * A wait for a change looks again this often even without an announcement: announcements go over
 * core NATS, which may drop one, and a reader should not wait out its whole wait on a lost one.
 */
const LOOK_AGAIN_MS = 2000;

/**
 * Budget details (GET /api/budgets/:id, the reviewers' most frequent read) kept in memory: the
 * workflow service announces every change of a budget, which drops its copy. The copy holds no
 * one's scope: each reader's scope is checked against its unit before it is served.
 */
@Injectable()
export class BudgetDetailCache implements OnModuleInit, OnModuleDestroy {
  private readonly cache: ChangeTrackingCache<CachedBudgetDetail>;
  private subscription?: Subscription;
  private stopped = false;

  constructor(
    @Inject(SERVICE_RESOURCES) private readonly resources: ServiceResources,
    @Inject(GATEWAY_SETTINGS) settings: GatewaySettings,
  ) {
    this.cache = new ChangeTrackingCache({ ttlMs: settings.BUDGET_CACHE_TTL_MS, maxEntries: 10_000 });
  }

  get(budgetId: string, load: () => Promise<CachedBudgetDetail>): Promise<CachedBudgetDetail> {
    return this.cache.get(budgetId, load);
  }

  /**
   * The detail as `read` gives it, as soon as `isCurrent` no longer holds for it, or after `waitMs`
   * (then as it is). Woken by the change announcements, so a waiting reader costs nothing.
   */
  async whenChanged(
    budgetId: string,
    isCurrent: (detail: CachedBudgetDetail) => boolean,
    waitMs: number,
    read: () => Promise<CachedBudgetDetail>,
  ): Promise<CachedBudgetDetail> {
    if (waitMs <= 0) return read();
    const deadline = Date.now() + waitMs;
    for (;;) {
      const watch = this.cache.watch(budgetId);
      try {
        const detail = await read();
        const remaining = deadline - Date.now();
        if (!isCurrent(detail) || remaining <= 0 || this.stopped) return detail;
        await watch.until(Math.min(remaining, LOOK_AGAIN_MS));
      } finally {
        watch.cancel();
      }
    }
  }

  /** Drops the copy at once after a change made through this gateway, before answering it. */
  changed(budgetId: string): void {
    this.cache.changed(budgetId);
  }

  onModuleInit(): void {
    const { nats, settings } = this.resources;
    this.subscription = nats.subscribe(budgetChangesSubject(settings.BUDGETFLOW_NAMESPACE), {
      callback: (error, message) => {
        if (error) return this.cache.changedAll();
        const id = message.string();
        if (id === EVERYTHING_CHANGED) this.cache.changedAll();
        else this.cache.changed(id);
      },
    });
    void this.dropAllAfterReconnects();
  }

  onModuleDestroy(): void {
    this.stopped = true;
    this.subscription?.unsubscribe();
    // Readers waiting for a change are answered now, so that shutting down does not wait for them.
    this.cache.changedAll();
  }

  /** Announcements sent while the connection was down are lost: nothing cached can be trusted. */
  private async dropAllAfterReconnects(): Promise<void> {
    for await (const status of this.resources.nats.status()) {
      if (this.stopped) return;
      if (status.type === 'reconnect' || status.type === 'disconnect') this.cache.changedAll();
    }
  }
}
