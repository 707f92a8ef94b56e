import { Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { InjectEntityModel } from '@midwayjs/typeorm';
import { In, Like, Repository } from 'typeorm';
import {
  GRID_STAFF_ROLE_LABELS, GridDetail, inScope, LocateResult, Page, RegionNode,
} from '@linli/config';
import { Region } from './region.entity';
import { GridStaff } from './grid-staff.entity';
import { GridIndexService } from './grid-index.service';
import { Account } from '../account/account.entity';
import { notFound } from '../../common/app-error';
import type { Actor } from '../../common/actor';
import type { GridQueryDTO } from './region.dto';
import { escapeLike, paging } from '../../common/paging';

type Staff = Actor & { scopePath: string };

export type TreeNode = RegionNode & { children: TreeNode[] };

/** Regions and grids as staff see them: every query is bounded by the actor's scope path. */
@Provide()
@Scope(ScopeEnum.Singleton)
export class RegionService {
  @InjectEntityModel(Region) repo: Repository<Region>;
  @InjectEntityModel(GridStaff) gridStaff: Repository<GridStaff>;
  @InjectEntityModel(Account) accounts: Repository<Account>;
  @Inject() gridIndex: GridIndexService;

  /** A region the actor may see, or 404: out-of-scope and missing look the same. */
  async visible(actor: Staff, id: number): Promise<Region> {
    const r = await this.repo.findOneBy({ id });
    if (!r || !inScope(actor.scopePath, r.path)) throw notFound();
    return r;
  }

  /** The tree from the actor's scope root down to communities, with child counts. */
  async tree(actor: Staff): Promise<TreeNode> {
    const rows = await this.repo.find({
      select: ['id', 'parentId', 'name', 'code', 'level', 'path', 'gridKind', 'sort'],
      where: { path: Like(`${actor.scopePath}%`), level: In(['city', 'district', 'street', 'community']) },
      order: { sort: 'ASC', id: 'ASC' },
    });
    const counts = await this.childCounts(actor.scopePath);
    const nodes = new Map<number, TreeNode>();
    for (const r of rows) nodes.set(r.id, { ...toNode(r, counts.get(r.id) ?? 0), children: [] });
    let root: TreeNode | undefined;
    for (const n of nodes.values()) {
      const parent = n.parentId === null ? undefined : nodes.get(n.parentId);
      if (parent) parent.children.push(n);
      else if (n.path === actor.scopePath) root = n;
    }
    if (root) return root;
    // a grid-level scope: the tree is that one grid
    const own = await this.repo.findOneByOrFail({ path: actor.scopePath });
    return { ...toNode(own, 0), children: [] };
  }

  async children(actor: Staff, id: number): Promise<RegionNode[]> {
    const parent = await this.visible(actor, id);
    const rows = await this.repo.find({ where: { parentId: parent.id }, order: { sort: 'ASC', id: 'ASC' } });
    const counts = await this.childCounts(parent.path);
    return rows.map((r) => toNode(r, counts.get(r.id) ?? 0));
  }

  async grids(actor: Staff, q: GridQueryDTO): Promise<Page<RegionNode & { communityName: string; streetName: string }>> {
    const base = q.regionId ? (await this.visible(actor, q.regionId)).path : actor.scopePath;
    const { page, pageSize, skip, take } = paging(q);
    const common = { level: 'grid' as const, path: Like(`${base}%`), ...(q.kind ? { gridKind: q.kind } : {}) };
    const kw = q.keyword ? Like(`%${escapeLike(q.keyword)}%`) : null;
    // keyword matches the grid's name or its code
    const where = kw ? [{ ...common, name: kw }, { ...common, code: kw }] : common;
    const [rows, total] = await this.repo.findAndCount({
      select: ['id', 'parentId', 'name', 'code', 'level', 'path', 'gridKind'],
      where, order: { code: 'ASC' }, skip, take,
    });
    const names = await this.ancestorNames(rows);
    return {
      items: rows.map((r) => {
        const [streetId, communityId] = ancestorIds(r.path).slice(-3, -1);
        return { ...toNode(r, 0), communityName: names.get(communityId) ?? '', streetName: names.get(streetId) ?? '' };
      }),
      total, page, pageSize,
    };
  }

  async grid(actor: Staff, id: number): Promise<GridDetail> {
    const g = await this.visible(actor, id);
    if (g.level !== 'grid') throw notFound();
    return this.gridDetail(g);
  }

  async gridDetail(g: Region): Promise<GridDetail> {
    const [streetId, communityId] = ancestorIds(g.path).slice(-3, -1);
    const parents = await this.repo.findBy({ id: In([streetId, communityId]) });
    const byId = new Map(parents.map((p) => [p.id, p]));
    const links = await this.gridStaff.findBy({ gridId: g.id });
    const people = links.length ? await this.accounts.findBy({ id: In(links.map((l) => l.accountId)) }) : [];
    const person = new Map(people.map((p) => [p.id, p]));
    return {
      ...toNode(g, 0),
      community: byId.has(communityId) ? { id: communityId, name: byId.get(communityId)!.name } : null,
      street: byId.has(streetId) ? { id: streetId, name: byId.get(streetId)!.name } : null,
      boundary: g.boundary,
      center: g.centerLng === null || g.centerLat === null ? null : [g.centerLng, g.centerLat],
      staff: links
        .filter((l) => person.get(l.accountId)?.status === 'active')
        .map((l) => ({
          accountId: l.accountId,
          name: person.get(l.accountId)!.name,
          role: l.role,
          roleLabel: GRID_STAFF_ROLE_LABELS[l.role],
          phoneMasked: person.get(l.accountId)!.phoneMasked,
        })),
    };
  }

  async geojson(actor: Staff, regionId?: number) {
    const base = regionId ? (await this.visible(actor, regionId)).path : actor.scopePath;
    const rows = await this.repo.find({
      select: ['id', 'name', 'code', 'gridKind', 'parentId', 'path', 'boundary'],
      where: { level: 'grid', path: Like(`${base}%`) },
      order: { code: 'ASC' },
    });
    const communities = await this.repo.findBy({ id: In([...new Set(rows.map((r) => r.parentId!))]) });
    const cname = new Map(communities.map((c) => [c.id, c.name]));
    return {
      type: 'FeatureCollection',
      features: rows.filter((r) => r.boundary).map((r) => ({
        type: 'Feature',
        properties: { id: r.id, name: r.name, code: r.code, kind: r.gridKind, communityId: r.parentId, communityName: cname.get(r.parentId!) ?? '' },
        geometry: r.boundary,
      })),
    };
  }

  /** Point → grid → community → street. Null when the point lies in no grid. */
  async locate(lng: number, lat: number): Promise<(LocateResult & { gridPath: string }) | null> {
    const id = await this.gridIndex.locate(lng, lat);
    if (id === null) return null;
    const g = await this.repo.findOneBy({ id });
    if (!g) return null;
    const [streetId, communityId] = ancestorIds(g.path).slice(-3, -1);
    const parents = await this.repo.findBy({ id: In([streetId, communityId]) });
    const byId = new Map(parents.map((p) => [p.id, p]));
    const ref = (rid: number) => (byId.has(rid) ? { id: rid, name: byId.get(rid)!.name } : null);
    return { grid: { id: g.id, name: g.name, code: g.code }, community: ref(communityId), street: ref(streetId), gridPath: g.path };
  }

  async locateInScope(actor: Staff, lng: number, lat: number): Promise<LocateResult> {
    const r = await this.locate(lng, lat);
    if (!r || !inScope(actor.scopePath, r.gridPath)) throw notFound();
    const { gridPath: _omit, ...result } = r;
    return result;
  }

  private async childCounts(scopePath: string): Promise<Map<number, number>> {
    const raw = await this.repo
      .createQueryBuilder('r')
      .select('r.parent_id', 'parentId')
      .addSelect('COUNT(*)', 'n')
      .where('r.path LIKE :p', { p: `${scopePath}%` })
      .groupBy('r.parent_id')
      .getRawMany<{ parentId: number; n: string | number }>();
    return new Map(raw.map((x) => [Number(x.parentId), Number(x.n)]));
  }

  private async ancestorNames(rows: Region[]): Promise<Map<number, string>> {
    const ids = new Set<number>();
    for (const r of rows) ancestorIds(r.path).slice(-3, -1).forEach((id) => ids.add(id));
    if (!ids.size) return new Map();
    const parents = await this.repo.find({ select: ['id', 'name'], where: { id: In([...ids]) } });
    return new Map(parents.map((p) => [p.id, p.name]));
  }
}

/** "/1/2/7/" → [1, 2, 7] */
export function ancestorIds(path: string): number[] {
  return path.split('/').filter(Boolean).map(Number);
}

function toNode(r: Region, childCount: number): RegionNode {
  return { id: r.id, parentId: r.parentId, name: r.name, code: r.code, level: r.level, path: r.path, gridKind: r.gridKind, childCount };
}
