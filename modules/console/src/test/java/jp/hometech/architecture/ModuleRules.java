package jp.hometech.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.inject.Named;
import jakarta.persistence.Entity;

import java.beans.Introspector;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The boundary rules of a modular code base whose modules are the packages {@code <base>.<module>}, each
 * publishing {@code <base>.<module>.api} and hiding {@code <base>.<module>.internal}. Modules are found by
 * package, not listed; the table of who may use whom is given. The rules are plain {@link ArchRule}s, so
 * {@link ModuleBoundariesTest} checks them on the product and {@link ModuleRulesTest} on small classes that
 * break them. ArchUnit's default stays on: a rule that matches no class fails.
 */
final class ModuleRules {

    private final String base;
    private final String shell;
    private final Map<String, Set<String>> reachable;
    private final Set<String> alsoPublished;

    ModuleRules(String basePackage, String shell, Map<String, Set<String>> uses, Set<String> alsoPublished) {
        this.base = basePackage;
        this.shell = shell;
        this.reachable = closure(uses);
        this.alsoPublished = Set.copyOf(alsoPublished);
    }

    static ModuleRules ofTheProduct() {
        return new ModuleRules(ModuleMap.BASE_PACKAGE, ModuleMap.SHELL, ModuleMap.USES, ModuleMap.ALSO_PUBLISHED.keySet());
    }

    List<ArchRule> all(Set<String> expectedModules) {
        return List.of(everyExpectedModuleIsThere(expectedModules), modulesUseEachOtherOnlyThroughTheirApi(),
                modulesUseOnlyWhatTheTableAllows(), modulesAreFreeOfCycles(), everyClassIsInApiOrInternal(),
                apisDependOnlyOnTheJdkJakartaAndOtherApis(), entitiesAreInternal(), beanNamesAreUnique());
    }

    /** Fails when a module that has code (a folder under modules/) has no class among the analysed ones. */
    ArchRule everyExpectedModuleIsThere(Set<String> expectedModules) {
        return classes().that(resideInAModuleOrTheShell())
                .should(new ArchCondition<>("together contain every expected module " + new TreeSet<>(expectedModules)) {
                    private final Set<String> seen = new HashSet<>();

                    @Override
                    public void init(Collection<JavaClass> allObjectsToTest) {
                        seen.clear();
                    }

                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        seen.add(moduleOf(item.getPackageName()));
                    }

                    @Override
                    public void finish(ConditionEvents events) {
                        for (String module : new TreeSet<>(expectedModules)) {
                            if (!seen.contains(module)) {
                                events.add(SimpleConditionEvent.violated(module, "no class of the module '" + module
                                        + "' was analysed: is its jar a dependency of the module that runs this test?"));
                            }
                        }
                    }
                })
                .as("every module that has code is analysed");
    }

    ArchRule modulesUseEachOtherOnlyThroughTheirApi() {
        return classes().that(resideInAModuleOrTheShell())
                .should(new ArchCondition<>("use other modules only through their api") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        String from = moduleOf(item.getPackageName());
                        for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                            JavaClass target = dependency.getTargetClass().getBaseComponentType();
                            String to = moduleOf(target.getPackageName());
                            if (to == null || to.equals(from) || to.equals(shell)) {
                                continue;
                            }
                            boolean api = inPackage(target, base + "." + to + ".api");
                            boolean published = !from.equals(shell)
                                    && alsoPublished.stream().anyMatch(p -> inPackage(target, p));
                            if (!api && !published) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                                        + ": " + target.getName() + " is not in the api of '" + to + "'"));
                            }
                        }
                    }
                })
                .as("modules (and the " + shell + ") use each other only through their api");
    }

    ArchRule modulesUseOnlyWhatTheTableAllows() {
        return classes().that(resideInAModuleOrTheShell())
                .should(new ArchCondition<>("use only the modules the table allows") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        String from = moduleOf(item.getPackageName());
                        if (!from.equals(shell) && !reachable.containsKey(from)) {
                            events.add(SimpleConditionEvent.violated(item, item.getName() + " belongs to the module '"
                                    + from + "', which is not in the table of allowed dependencies"));
                            return;
                        }
                        for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                            String to = moduleOf(dependency.getTargetClass().getBaseComponentType().getPackageName());
                            if (to == null || to.equals(from)) {
                                continue;
                            }
                            boolean allowed = from.equals(shell) ? reachable.containsKey(to) : reachable.get(from).contains(to);
                            if (!allowed) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                                        + ": '" + from + "' may not use '" + to + "'"));
                            }
                        }
                    }
                })
                .as("a module uses only the modules the table allows, and none uses the " + shell);
    }

    ArchRule modulesAreFreeOfCycles() {
        return slices().matching(base + ".(*)..").namingSlices("module $1").should().beFreeOfCycles()
                .as("modules do not depend on each other in a cycle");
    }

    ArchRule everyClassIsInApiOrInternal() {
        return classes().that(resideInAModule())
                .should(new ArchCondition<>("reside in its module's api or internal package") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        String module = moduleOf(item.getPackageName());
                        boolean placed = inPackage(item, base + "." + module + ".api")
                                || inPackage(item, base + "." + module + ".internal")
                                || alsoPublished.stream().anyMatch(p -> inPackage(item, p));
                        if (!placed) {
                            events.add(SimpleConditionEvent.violated(item, item.getName()
                                    + " is neither in " + base + "." + module + ".api nor in .internal"));
                        }
                    }
                })
                .as("every class of a module is in its api or internal package (named exceptions only)");
    }

    ArchRule apisDependOnlyOnTheJdkJakartaAndOtherApis() {
        return classes().that().resideInAPackage(base + ".*.api..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "jakarta..", base + ".*.api..")
                .as("an api depends only on the JDK, the Jakarta APIs and other modules' api");
    }

    ArchRule entitiesAreInternal() {
        return classes().that().areAnnotatedWith(Entity.class)
                .should().resideInAPackage(base + ".*.internal..")
                .as("entities are internal to their module");
    }

    /** Two beans called e.g. {@code calendarView} would make the EL name ambiguous and the deployment fail. */
    ArchRule beanNamesAreUnique() {
        return classes().that().areAnnotatedWith(Named.class)
                .should(new ArchCondition<>("have a bean name no other bean has") {
                    private final Map<String, Set<String>> classesByName = new HashMap<>();

                    @Override
                    public void init(Collection<JavaClass> allObjectsToTest) {
                        classesByName.clear();
                        for (JavaClass bean : allObjectsToTest) {
                            classesByName.computeIfAbsent(beanName(bean), name -> new TreeSet<>()).add(bean.getName());
                        }
                    }

                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        Set<String> sameName = classesByName.get(beanName(item));
                        if (sameName.size() > 1) {
                            events.add(SimpleConditionEvent.violated(item, item.getName() + " has the bean name '"
                                    + beanName(item) + "', like " + sameName));
                        }
                    }
                })
                .as("bean names are unique across modules");
    }

    private static String beanName(JavaClass bean) {
        String explicit = bean.getAnnotationOfType(Named.class).value();
        return explicit.isEmpty() ? Introspector.decapitalize(bean.getSimpleName()) : explicit;
    }

    /** The module a package belongs to, or null outside the base package. */
    String moduleOf(String packageName) {
        if (!packageName.startsWith(base + ".")) {
            return null;
        }
        String rest = packageName.substring(base.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    Set<String> modulesIn(JavaClasses classes) {
        Set<String> modules = new TreeSet<>();
        for (JavaClass item : classes) {
            String module = moduleOf(item.getPackageName());
            if (module != null && !module.equals(shell)) {
                modules.add(module);
            }
        }
        return modules;
    }

    private DescribedPredicate<JavaClass> resideInAModuleOrTheShell() {
        return DescribedPredicate.describe("reside in a module or the " + shell,
                item -> moduleOf(item.getPackageName()) != null);
    }

    private DescribedPredicate<JavaClass> resideInAModule() {
        return DescribedPredicate.describe("reside in a module",
                item -> {
                    String module = moduleOf(item.getPackageName());
                    return module != null && !module.equals(shell);
                });
    }

    private static boolean inPackage(JavaClass item, String packageName) {
        return item.getPackageName().equals(packageName) || item.getPackageName().startsWith(packageName + ".");
    }

    /** Every module a module may use, directly or through the ones it uses; refuses a table with a cycle. */
    static Map<String, Set<String>> closure(Map<String, Set<String>> uses) {
        Map<String, Set<String>> reachable = new HashMap<>();
        for (String module : uses.keySet()) {
            Set<String> found = new TreeSet<>();
            Deque<String> next = new ArrayDeque<>(uses.get(module));
            while (!next.isEmpty()) {
                String used = next.pop();
                if (!uses.containsKey(used)) {
                    throw new IllegalArgumentException("'" + module + "' uses '" + used + "', which is not in the table");
                }
                if (used.equals(module)) {
                    throw new IllegalArgumentException("the table has a cycle through '" + module + "'");
                }
                if (found.add(used)) {
                    next.addAll(uses.get(used));
                }
            }
            reachable.put(module, Set.copyOf(found));
        }
        return Map.copyOf(reachable);
    }
}
