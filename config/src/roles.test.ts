import { can, isStaff, ROLES, ROLE_LABELS, ROLE_PERMISSIONS } from './roles';
import { childLevel, inScope, regionPath } from './regions';

describe('roles and permissions', () => {
  it('residents and volunteers are not staff and hold no console permission', () => {
    expect(isStaff('resident')).toBe(false);
    expect(isStaff('volunteer')).toBe(false);
    expect(ROLE_PERMISSIONS.resident).toHaveLength(0);
    expect(can('volunteer', 'region:read')).toBe(false);
  });

  it('only admins may change configuration', () => {
    expect(can('community_staff', 'region:write')).toBe(false);
    expect(can('street_centre', 'account:write')).toBe(false);
    expect(can('district_admin', 'region:write')).toBe(true);
    expect(can('system_admin', 'audit:read')).toBe(true);
  });

  it('community, street and district units run surveys; workers, departments and residents do not', () => {
    for (const r of ['community_staff', 'street_centre', 'district_admin', 'system_admin'] as const) {
      expect(can(r, 'survey:read') && can(r, 'survey:write')).toBe(true);
    }
    for (const r of ['grid_worker', 'department_handler', 'resident'] as const) expect(can(r, 'survey:read')).toBe(false);
  });

  it('every role has a Chinese label', () => {
    for (const r of ROLES) expect(ROLE_LABELS[r]).toMatch(/[\u4e00-\u9fa5]/);
  });
});

describe('region scope paths', () => {
  it('a region is in scope when its path extends the scope path', () => {
    const street = regionPath('/1/2/', 7);
    expect(street).toBe('/1/2/7/');
    expect(inScope('/1/2/', street)).toBe(true);
    expect(inScope('/1/3/', street)).toBe(false);
    // "/1/2/" must not match "/1/23/": the trailing slash is what keeps siblings apart
    expect(inScope('/1/2/', '/1/23/')).toBe(false);
  });

  it('levels go city → district → street → community → grid', () => {
    expect(childLevel('community')).toBe('grid');
    expect(childLevel('grid')).toBeNull();
  });
});
