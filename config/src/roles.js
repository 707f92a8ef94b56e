"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ROLE_PERMISSIONS = exports.PERMISSIONS = exports.STAFF_ROLES = exports.ROLE_LABELS = exports.ROLES = void 0;
exports.isStaff = isStaff;
exports.can = can;
/** Account roles. Residents and volunteers use the mini-program; the rest are staff. */
exports.ROLES = [
    'resident',
    'volunteer',
    'grid_worker',
    'community_staff',
    'street_centre',
    'department_handler',
    'district_admin',
    'system_admin',
];
exports.ROLE_LABELS = {
    resident: '居民',
    volunteer: '志愿者',
    grid_worker: '网格员',
    community_staff: '社区工作人员',
    street_centre: '街道综合指挥室',
    department_handler: '职能部门',
    district_admin: '区级管理员',
    system_admin: '系统管理员',
};
exports.STAFF_ROLES = [
    'grid_worker',
    'community_staff',
    'street_centre',
    'department_handler',
    'district_admin',
    'system_admin',
];
function isStaff(role) {
    return exports.STAFF_ROLES.includes(role);
}
/** Permission keys checked by the server and used by the console's access.ts. */
exports.PERMISSIONS = [
    'region:read',
    'region:write',
    'account:read',
    'account:write',
    'department:read',
    'department:write',
    'category:read',
    'category:write',
    'audit:read',
    'dashboard:read',
];
const READ_BASICS = ['region:read', 'department:read', 'category:read', 'dashboard:read'];
exports.ROLE_PERMISSIONS = {
    resident: [],
    volunteer: [],
    grid_worker: ['region:read', 'category:read'],
    community_staff: [...READ_BASICS, 'account:read'],
    street_centre: [...READ_BASICS, 'account:read'],
    department_handler: ['region:read', 'category:read', 'department:read'],
    district_admin: [...READ_BASICS, 'account:read', 'account:write', 'region:write', 'department:write', 'category:write', 'audit:read'],
    system_admin: [...exports.PERMISSIONS],
};
function can(role, permission) {
    return exports.ROLE_PERMISSIONS[role].includes(permission);
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoicm9sZXMuanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyJyb2xlcy50cyJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiOzs7QUFpQ0EsMEJBRUM7QUE4QkQsa0JBRUM7QUFuRUQsd0ZBQXdGO0FBQzNFLFFBQUEsS0FBSyxHQUFHO0lBQ25CLFVBQVU7SUFDVixXQUFXO0lBQ1gsYUFBYTtJQUNiLGlCQUFpQjtJQUNqQixlQUFlO0lBQ2Ysb0JBQW9CO0lBQ3BCLGdCQUFnQjtJQUNoQixjQUFjO0NBQ04sQ0FBQztBQUdFLFFBQUEsV0FBVyxHQUF5QjtJQUMvQyxRQUFRLEVBQUUsSUFBSTtJQUNkLFNBQVMsRUFBRSxLQUFLO0lBQ2hCLFdBQVcsRUFBRSxLQUFLO0lBQ2xCLGVBQWUsRUFBRSxRQUFRO0lBQ3pCLGFBQWEsRUFBRSxTQUFTO0lBQ3hCLGtCQUFrQixFQUFFLE1BQU07SUFDMUIsY0FBYyxFQUFFLE9BQU87SUFDdkIsWUFBWSxFQUFFLE9BQU87Q0FDdEIsQ0FBQztBQUVXLFFBQUEsV0FBVyxHQUFvQjtJQUMxQyxhQUFhO0lBQ2IsaUJBQWlCO0lBQ2pCLGVBQWU7SUFDZixvQkFBb0I7SUFDcEIsZ0JBQWdCO0lBQ2hCLGNBQWM7Q0FDZixDQUFDO0FBRUYsU0FBZ0IsT0FBTyxDQUFDLElBQVU7SUFDaEMsT0FBTyxtQkFBVyxDQUFDLFFBQVEsQ0FBQyxJQUFJLENBQUMsQ0FBQztBQUNwQyxDQUFDO0FBRUQsaUZBQWlGO0FBQ3BFLFFBQUEsV0FBVyxHQUFHO0lBQ3pCLGFBQWE7SUFDYixjQUFjO0lBQ2QsY0FBYztJQUNkLGVBQWU7SUFDZixpQkFBaUI7SUFDakIsa0JBQWtCO0lBQ2xCLGVBQWU7SUFDZixnQkFBZ0I7SUFDaEIsWUFBWTtJQUNaLGdCQUFnQjtDQUNSLENBQUM7QUFHWCxNQUFNLFdBQVcsR0FBaUIsQ0FBQyxhQUFhLEVBQUUsaUJBQWlCLEVBQUUsZUFBZSxFQUFFLGdCQUFnQixDQUFDLENBQUM7QUFFM0YsUUFBQSxnQkFBZ0IsR0FBd0M7SUFDbkUsUUFBUSxFQUFFLEVBQUU7SUFDWixTQUFTLEVBQUUsRUFBRTtJQUNiLFdBQVcsRUFBRSxDQUFDLGFBQWEsRUFBRSxlQUFlLENBQUM7SUFDN0MsZUFBZSxFQUFFLENBQUMsR0FBRyxXQUFXLEVBQUUsY0FBYyxDQUFDO0lBQ2pELGFBQWEsRUFBRSxDQUFDLEdBQUcsV0FBVyxFQUFFLGNBQWMsQ0FBQztJQUMvQyxrQkFBa0IsRUFBRSxDQUFDLGFBQWEsRUFBRSxlQUFlLEVBQUUsaUJBQWlCLENBQUM7SUFDdkUsY0FBYyxFQUFFLENBQUMsR0FBRyxXQUFXLEVBQUUsY0FBYyxFQUFFLGVBQWUsRUFBRSxjQUFjLEVBQUUsa0JBQWtCLEVBQUUsZ0JBQWdCLEVBQUUsWUFBWSxDQUFDO0lBQ3JJLFlBQVksRUFBRSxDQUFDLEdBQUcsbUJBQVcsQ0FBQztDQUMvQixDQUFDO0FBRUYsU0FBZ0IsR0FBRyxDQUFDLElBQVUsRUFBRSxVQUFzQjtJQUNwRCxPQUFPLHdCQUFnQixDQUFDLElBQUksQ0FBQyxDQUFDLFFBQVEsQ0FBQyxVQUFVLENBQUMsQ0FBQztBQUNyRCxDQUFDIn0=