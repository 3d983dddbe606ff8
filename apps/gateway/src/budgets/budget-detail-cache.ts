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
}

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
  }

  /** Announcements sent while the connection was down are lost: nothing cached can be trusted. */
  private async dropAllAfterReconnects(): Promise<void> {
    for await (const status of this.resources.nats.status()) {
      if (this.stopped) return;
      if (status.type === 'reconnect' || status.type === 'disconnect') this.cache.changedAll();
    }
  }
}
