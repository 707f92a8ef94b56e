import { Region } from '../modules/region/region.entity';
import { GridStaff } from '../modules/region/grid-staff.entity';
import { Department } from '../modules/catalog/department.entity';
import { Category } from '../modules/catalog/category.entity';
import { Account } from '../modules/account/account.entity';
import { AuditLog } from '../modules/audit/audit-log.entity';

export function entities(): Function[] {
  return [Region, GridStaff, Department, Category, Account, AuditLog];
}
