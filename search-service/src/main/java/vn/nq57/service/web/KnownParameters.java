package vn.nq57.service.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses a query parameter that the API's handler does not take, with a 400 naming it and listing those it takes: a
 * misspelt filter ignored ({@code typ=Task}, {@code levl=commune}, {@code provnce=…}) gives an answer that looks
 * filtered and is not. What a handler takes is what it declares with {@link RequestParam}, read once per handler.
 * Only reads (GET, HEAD) are checked, whose parameters are all in the address; a handler that takes a map of
 * parameters, or whose parameter names are not known, is left alone.
 */
@Component
public class KnownParameters implements HandlerInterceptor {

  /** The parameters each handler takes, in their order; empty when it is not checked. */
  private final Map<Method, Optional<List<String>>> taken = new ConcurrentHashMap<>();

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (!(handler instanceof HandlerMethod method)
        || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
      return true;
    }
    Optional<List<String>> known = taken.computeIfAbsent(method.getMethod(), m -> declared(method));
    if (known.isEmpty()) {
      return true;
    }
    for (String name : request.getParameterMap().keySet()) {
      if (!known.get().contains(name)) {
        throw unknown(name, known.get());
      }
    }
    return true;
  }

  private static Optional<List<String>> declared(HandlerMethod method) {
    List<String> names = new ArrayList<>();
    for (MethodParameter p : method.getMethodParameters()) {
      RequestParam param = p.getParameterAnnotation(RequestParam.class);
      if (param == null) {
        continue;
      }
      if (Map.class.isAssignableFrom(p.getParameterType())) {
        return Optional.empty(); // takes whatever it is given
      }
      String name = !param.name().isEmpty() ? param.name() : p.getParameterName();
      if (name == null) {
        return Optional.empty(); // compiled without parameter names: cannot tell
      }
      names.add(name);
    }
    return Optional.of(List.copyOf(names));
  }

  private static BadParameterException unknown(String name, List<String> known) {
    String shown = name.length() <= 80 ? name : name.substring(0, 80) + "…";
    String listed = String.join(", ", known);
    return new BadParameterException(HttpStatus.BAD_REQUEST, name,
        "Parameter '" + shown + "' is not one this address takes; "
            + (known.isEmpty() ? "it takes none" : "it takes " + listed),
        "Tham số '" + shown + "' không được địa chỉ này nhận; "
            + (known.isEmpty() ? "địa chỉ này không nhận tham số nào" : "các tham số được nhận: " + listed));
  }
}
