package ai.tavari.adapters.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Violation paths read as JSON paths in the request body. */
class ConstraintFieldNamesTest {

    @Test
    void dropsTheMethodAndParameter() {
        assertThat(ProblemExceptionMapper.fieldName(path(method("save"), parameter("arg1"), property("name"))))
                .isEqualTo("name");
    }

    @Test
    void aWholeMissingBodyIsTheBody() {
        assertThat(ProblemExceptionMapper.fieldName(path(method("save"), parameter("arg1")))).isEqualTo("body");
    }

    @Test
    void putsAListElementsIndexAfterTheList() {
        assertThat(ProblemExceptionMapper.fieldName(path(method("save"), parameter("arg0"), property("faqs"),
                element(property("question"), 2)))).isEqualTo("faqs[2].question");
        assertThat(ProblemExceptionMapper.fieldName(path(property("hours"), property("weekly"), property("monday"),
                element(property("closes"), 0)))).isEqualTo("hours.weekly.monday[0].closes");
    }

    @Test
    void aConstraintOnTheElementItselfIsTheIndexedList() {
        assertThat(ProblemExceptionMapper.fieldName(path(property("urgentKeywords"),
                element(new FakeNode("<list element>", ElementKind.CONTAINER_ELEMENT, false, null), 1))))
                .isEqualTo("urgentKeywords[1]");
        assertThat(ProblemExceptionMapper.fieldName(path(property("faqs"),
                element(new FakeNode(null, ElementKind.BEAN, false, null), 3))))
                .isEqualTo("faqs[3]");
    }

    private static Path path(Path.Node... nodes) {
        List<Path.Node> list = List.of(nodes);
        return new Path() {
            @Override
            public Iterator<Node> iterator() {
                return list.iterator();
            }
        };
    }

    private static Path.Node method(String name) {
        return new FakeNode(name, ElementKind.METHOD, false, null);
    }

    private static Path.Node parameter(String name) {
        return new FakeNode(name, ElementKind.PARAMETER, false, null);
    }

    private static FakeNode property(String name) {
        return new FakeNode(name, ElementKind.PROPERTY, false, null);
    }

    private static Path.Node element(FakeNode node, int index) {
        return new FakeNode(node.name, node.kind, true, index);
    }

    private record FakeNode(String name, ElementKind kind, boolean inIterable, Integer index) implements Path.Node {
        @Override
        public String getName() {
            return name;
        }

        @Override
        public boolean isInIterable() {
            return inIterable;
        }

        @Override
        public Integer getIndex() {
            return index;
        }

        @Override
        public Object getKey() {
            return null;
        }

        @Override
        public ElementKind getKind() {
            return kind;
        }

        @Override
        public <T extends Path.Node> T as(Class<T> nodeType) {
            return nodeType.cast(this);
        }
    }
}
