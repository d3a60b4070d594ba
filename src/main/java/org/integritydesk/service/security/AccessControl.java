package org.integritydesk.service.security;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.integritydesk.model.AccessPolicy;
import org.integritydesk.model.Action;
import org.integritydesk.model.FamilyBusiness;
import org.integritydesk.model.UnitTree;
import org.integritydesk.model.UserAccount;
import org.integritydesk.store.CadreRepository;
import org.integritydesk.store.FamilyBusinessRepository;
import org.integritydesk.store.UnitRepository;

/**
 * The service layer's guard: every use case asks here before it reads or changes a record, so a
 * clerk cannot reach another unit's records whatever the screens show. Call inside a transaction.
 */
public final class AccessControl {
    private final CurrentUser currentUser;
    private final UnitRepository units;
    private final CadreRepository cadres;
    private final FamilyBusinessRepository family;

    public AccessControl(CurrentUser currentUser, UnitRepository units, CadreRepository cadres,
            FamilyBusinessRepository family) {
        this.currentUser = currentUser;
        this.units = units;
        this.cadres = cadres;
        this.family = family;
    }

    /** What one use case may see: the visible units (null = all) and the cadres hidden by recusal. */
    public record Scope(UserAccount user, Set<UUID> visibleUnits, Set<UUID> recused) {
        public boolean canSee(UUID unitId, UUID cadreId) {
            return (visibleUnits == null || visibleUnits.contains(unitId)) && !recused.contains(cadreId);
        }
    }

    /** Refuses unless the user's role allows the action somewhere (role-level actions). */
    public UserAccount require(Action action) {
        UserAccount user = currentUser.require();
        if (!AccessPolicy.allows(user.role(), action) || !user.active()) {
            throw new AccessDeniedException("error.access.denied");
        }
        return user;
    }

    /** Refuses unless the user may do a record action on a record of {@code unitId}. */
    public void require(Action action, UUID unitId) {
        UserAccount user = currentUser.require();
        if (!AccessPolicy.allows(user, action, unitId, new UnitTree(units.findAll()))) {
            throw new AccessDeniedException("error.access.otherUnit");
        }
    }

    /** Refuses when the cadre is the user's own file or a close relative's. */
    public void requireNotRecused(UUID cadreId) {
        if (recusedCadres(currentUser.require()).contains(cadreId)) {
            throw new AccessDeniedException("error.access.recused");
        }
    }

    public boolean allows(Action action, UUID unitId) {
        return currentUser.get().map(u -> AccessPolicy.allows(u, action, unitId, new UnitTree(units.findAll())))
                .orElse(false);
    }

    /** The scope for listing records the user may see with {@code action}. */
    public Scope scope(Action action) {
        UserAccount user = require(action);
        return new Scope(user, AccessPolicy.visibleUnits(user, new UnitTree(units.findAll())), recusedCadres(user));
    }

    /**
     * The user's own cadre file and those of close relatives: cadres named as family members in
     * the user's file, and cadres whose file names the user as a family member. Names are matched
     * exactly, which may hide a namesake too: recusal errs on the side of hiding.
     */
    private Set<UUID> recusedCadres(UserAccount user) {
        if (user.cadreId() == null) {
            return Set.of();
        }
        Set<UUID> hidden = new HashSet<>();
        hidden.add(user.cadreId());
        List<String> relatives = family.findByCadre(user.cadreId()).stream().map(FamilyBusiness::name).toList();
        hidden.addAll(cadres.findIdsByNames(relatives));
        cadres.findById(user.cadreId()).ifPresent(own -> hidden.addAll(family.findCadreIdsByRelativeName(own.name())));
        return hidden;
    }
}
