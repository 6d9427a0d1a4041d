package org.danvan.emulation.api;

import java.util.List;
import java.util.Map;

import org.danvan.platform.api.security.UserPrincipal;
import org.osgi.annotation.versioning.ProviderType;

/**
 * "Dân vận khéo" models: registration, the council's scoring against the movement's criteria, recognition by a
 * decision, replication. Every method decides with the platform's access control; every change is audited.
 */
@ProviderType
public interface ModelService {

    /** Refusal: the record is gone. */
    String GONE = "emulation.error.gone";
    /** Refusal: points outside 0..max; arguments the criterion's code, the max. */
    String POINTS_RANGE = "emulation.validation.model.points";
    /** Refusal: a criterion without points. */
    String POINTS_MISSING = "emulation.validation.model.pointsMissing";
    /** Refusal: recognition before any score, or with a result under the pass share; arguments average, needed. */
    String NOT_PASSED = "emulation.validation.model.notPassed";
    /** Refusal: recognised already. */
    String ALREADY_RECOGNISED = "emulation.validation.model.recognised";
    /** Refusal: the deciding unit is neither the model's unit nor above it. */
    String NOT_ABOVE = "emulation.validation.decision.unit";
    /** Refusal: the deciding unit's level cannot recognise a model (commune or province only). */
    String MODEL_LEVEL = "emulation.validation.model.level";
    /** Refusal: a decision's date in the future, or before the model began. */
    String DECISION_DAY = "emulation.validation.decision.day";

    /** The movement's criteria, in order. */
    List<ModelCriterion> criteria();

    /** The models the user may read, newest first. */
    List<Model> models(UserPrincipal user);

    /** One model, if the user may read it. */
    java.util.Optional<Model> model(long id, UserPrincipal user);

    /** Registers a model (permission {@code emulation.manage} at its unit). */
    Model register(ModelDraft draft, UserPrincipal user);

    /**
     * A council member scores a model against every criterion (permission {@code emulation.council} at its unit or
     * above); scoring again replaces the member's earlier score. The result is computed from all members' scores.
     */
    Model score(long modelId, long expectedVersion, Map<String, Integer> points, String comment, UserPrincipal user);

    /** The members' scores of a model, if the user may read it. */
    List<ModelScore> scores(long modelId, UserPrincipal user);

    /**
     * Recognises a model that passed, by a decision of its unit or a unit above at commune or province level
     * (permission {@code emulation.decide} at the deciding unit).
     */
    Model recognise(long modelId, long expectedVersion, Recognition decision, UserPrincipal user);

    /** Which models were replicated where: one row per replicated model and commune, within the user's scope. */
    List<ModelSpread> spread(UserPrincipal user);
}
