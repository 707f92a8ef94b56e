"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.GRID_STAFF_ROLE_LABELS = exports.GRID_STAFF_ROLES = exports.GRID_KIND_LABELS = exports.GRID_KINDS = exports.REGION_LEVEL_LABELS = exports.REGION_LEVELS = void 0;
exports.childLevel = childLevel;
exports.regionPath = regionPath;
exports.inScope = inScope;
/** Region tree: city → district → street → community → grid. */
exports.REGION_LEVELS = ['city', 'district', 'street', 'community', 'grid'];
exports.REGION_LEVEL_LABELS = {
    city: '市',
    district: '区县',
    street: '街道/乡镇',
    community: '社区/村',
    grid: '网格',
};
/** The level directly below, or null for a grid. */
function childLevel(level) {
    const i = exports.REGION_LEVELS.indexOf(level);
    return i < exports.REGION_LEVELS.length - 1 ? exports.REGION_LEVELS[i + 1] : null;
}
/** Zhenhai's six grid kinds. */
exports.GRID_KINDS = ['community', 'rural', 'enterprise', 'commercial', 'floating', 'demolition'];
exports.GRID_KIND_LABELS = {
    community: '城镇社区网格',
    rural: '农村网格',
    enterprise: '企业网格',
    commercial: '商务楼宇网格',
    floating: '流动人口集聚区网格',
    demolition: '征迁区块网格',
};
exports.GRID_STAFF_ROLES = ['leader', 'worker', 'part_time', 'instructor', 'liaison'];
exports.GRID_STAFF_ROLE_LABELS = {
    leader: '网格长',
    worker: '专职网格员',
    part_time: '兼职网格员',
    instructor: '网格指导员',
    liaison: '部门联络员',
};
/**
 * Scope paths are materialised ancestor paths like "/1/7/42/". A region is inside a scope
 * when its path starts with the scope's path. One definition, used by server and tests.
 */
function regionPath(parentPath, id) {
    return `${parentPath ?? '/'}${id}/`;
}
function inScope(scopePath, targetPath) {
    return targetPath.startsWith(scopePath);
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoicmVnaW9ucy5qcyIsInNvdXJjZVJvb3QiOiIiLCJzb3VyY2VzIjpbInJlZ2lvbnMudHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6Ijs7O0FBYUEsZ0NBR0M7QUE4QkQsZ0NBRUM7QUFFRCwwQkFFQztBQXBERCxnRUFBZ0U7QUFDbkQsUUFBQSxhQUFhLEdBQUcsQ0FBQyxNQUFNLEVBQUUsVUFBVSxFQUFFLFFBQVEsRUFBRSxXQUFXLEVBQUUsTUFBTSxDQUFVLENBQUM7QUFHN0UsUUFBQSxtQkFBbUIsR0FBZ0M7SUFDOUQsSUFBSSxFQUFFLEdBQUc7SUFDVCxRQUFRLEVBQUUsSUFBSTtJQUNkLE1BQU0sRUFBRSxPQUFPO0lBQ2YsU0FBUyxFQUFFLE1BQU07SUFDakIsSUFBSSxFQUFFLElBQUk7Q0FDWCxDQUFDO0FBRUYsb0RBQW9EO0FBQ3BELFNBQWdCLFVBQVUsQ0FBQyxLQUFrQjtJQUMzQyxNQUFNLENBQUMsR0FBRyxxQkFBYSxDQUFDLE9BQU8sQ0FBQyxLQUFLLENBQUMsQ0FBQztJQUN2QyxPQUFPLENBQUMsR0FBRyxxQkFBYSxDQUFDLE1BQU0sR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDLHFCQUFhLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUM7QUFDcEUsQ0FBQztBQUVELGdDQUFnQztBQUNuQixRQUFBLFVBQVUsR0FBRyxDQUFDLFdBQVcsRUFBRSxPQUFPLEVBQUUsWUFBWSxFQUFFLFlBQVksRUFBRSxVQUFVLEVBQUUsWUFBWSxDQUFVLENBQUM7QUFHbkcsUUFBQSxnQkFBZ0IsR0FBNkI7SUFDeEQsU0FBUyxFQUFFLFFBQVE7SUFDbkIsS0FBSyxFQUFFLE1BQU07SUFDYixVQUFVLEVBQUUsTUFBTTtJQUNsQixVQUFVLEVBQUUsUUFBUTtJQUNwQixRQUFRLEVBQUUsV0FBVztJQUNyQixVQUFVLEVBQUUsUUFBUTtDQUNyQixDQUFDO0FBRVcsUUFBQSxnQkFBZ0IsR0FBRyxDQUFDLFFBQVEsRUFBRSxRQUFRLEVBQUUsV0FBVyxFQUFFLFlBQVksRUFBRSxTQUFTLENBQVUsQ0FBQztBQUd2RixRQUFBLHNCQUFzQixHQUFrQztJQUNuRSxNQUFNLEVBQUUsS0FBSztJQUNiLE1BQU0sRUFBRSxPQUFPO0lBQ2YsU0FBUyxFQUFFLE9BQU87SUFDbEIsVUFBVSxFQUFFLE9BQU87SUFDbkIsT0FBTyxFQUFFLE9BQU87Q0FDakIsQ0FBQztBQUVGOzs7R0FHRztBQUNILFNBQWdCLFVBQVUsQ0FBQyxVQUF5QixFQUFFLEVBQVU7SUFDOUQsT0FBTyxHQUFHLFVBQVUsSUFBSSxHQUFHLEdBQUcsRUFBRSxHQUFHLENBQUM7QUFDdEMsQ0FBQztBQUVELFNBQWdCLE9BQU8sQ0FBQyxTQUFpQixFQUFFLFVBQWtCO0lBQzNELE9BQU8sVUFBVSxDQUFDLFVBQVUsQ0FBQyxTQUFTLENBQUMsQ0FBQztBQUMxQyxDQUFDIn0=