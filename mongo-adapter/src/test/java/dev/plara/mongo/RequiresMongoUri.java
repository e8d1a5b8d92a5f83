package dev.plara.mongo;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.concurrent.atomic.AtomicBoolean;

/** Runs the annotated tests only when {@code MONGODB_URI} names a server, and says once why they were skipped. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresMongoUri.Condition.class)
@interface RequiresMongoUri {

    /** Enables the tests when the variable is set; otherwise skips them with the reason, printed once per run. */
    final class Condition implements ExecutionCondition {

        private static final AtomicBoolean TOLD = new AtomicBoolean();

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            String uri = System.getenv(MongoTargets.URI_VARIABLE);
            if (uri != null && !uri.isBlank()) {
                return ConditionEvaluationResult.enabled("running against the server MONGODB_URI names as well");
            }
            String reason = "MONGODB_URI is not set, so the port contracts ran against the in-process"
                    + " mongo-java-server only; set it (to a replica set, for the transactional path) to run them"
                    + " there too";
            if (TOLD.compareAndSet(false, true)) {
                System.out.println("SKIPPED contract tests on a real server: " + reason);
            }
            return ConditionEvaluationResult.disabled(reason);
        }
    }
}
